import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelShown } from '../../src/render/label-case.js';
import { loadPacket, md } from './fixtures.js';

describe('a fact label as the packet prints it', () => {
  it('starts a label written all in lower case with a capital, as prep\'s own labels do', () => {
    expect(labelShown('time type')).toBe('Time type');
    expect(labelShown('job requisition id')).toBe('Job requisition id');
  });

  it('keeps a label whose first word has capitals of its own as written', () => {
    for (const label of ['iOS platform', 'eBay sellers', 'PLATFORM', 'Team', 'x86 builds'.toUpperCase()]) expect(labelShown(label)).toBe(label);
    // A tool named in lower case keeps its name's case.
    for (const label of ['dbt models', 'npm', 'kubectl plugins']) expect(labelShown(label)).toBe(label);
  });

  it('changes nothing but the first letter, and only once', () => {
    const word = fc.stringMatching(/^[a-zA-Zé0-9]{1,8}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
      const label = words.join(' ');
      const shown = labelShown(label);
      expect(shown.slice(1)).toBe(label.slice(1));
      expect(labelShown(shown)).toBe(shown);
    }));
  });

  it('capitalizes a lower-case English first word, and leaves any other first word as written', () => {
    const english = fc.constantFrom('time', 'job', 'seniority', 'employment', 'work');
    const other = fc.constantFrom('dbt', 'npm', 'iOS', 'Team', 'PLATFORM', 'x86');
    const rest = fc.array(fc.stringMatching(/^[a-zA-Z0-9]{1,8}$/), { maxLength: 3 });
    fc.assert(fc.property(fc.oneof(english.map((w) => [w, true] as const), other.map((w) => [w, false] as const)), rest, ([first, changes], more) => {
      const label = [first, ...more].join(' ');
      expect(labelShown(label).charAt(0)).toBe(changes ? first.charAt(0).toUpperCase() : first.charAt(0));
    }));
  });

  it('is what the markdown packet prints over a note written under a lower-case label', async () => {
    const packet = loadPacket('worksheet');
    const note = { text: 'Full time', label: 'time type', source: { file: 'acme/posting.txt', line: 9 } };
    const labelled = { ...packet, company: { ...packet.company, notes: [note] } };
    const text = await md(labelled);
    expect(text).toContain('Time type');
    expect(text).not.toContain('time type');
  });
});
