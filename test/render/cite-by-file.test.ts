import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeByFile } from '../../src/render/at-a-glance.js';

describe('citations of one row', () => {
  const sources = fc.array(fc.record({ file: fc.constantFrom('a/profile.md', 'a/notes.txt', 'a/Team notes.md'), line: fc.integer({ min: 1, max: 500 }) }), { minLength: 1, maxLength: 30 });

  it('name each file once, and still every file:line', () => {
    fc.assert(
      fc.property(sources, (list) => {
        const ref = citeByFile(list);
        const groups = [...ref.matchAll(/`([^`:]+):([\d, ]+)`/g)];
        expect(groups.map((group) => group[1])).toEqual([...new Set(list.map((source) => source.file))]);
        for (const { file, line } of list) {
          const group = groups.find((match) => match[1] === file)!;
          expect(group[2]!.split(', ').map(Number)).toContain(line);
        }
      }),
    );
  });
});
