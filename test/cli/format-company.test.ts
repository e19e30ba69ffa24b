import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatCompany } from '../../src/cli/format-company.js';
import { modelOf } from '../helpers/model.js';

const plain = new Chalk({ level: 0 });

describe('formatCompany (prep show)', () => {
  it('counts in words that agree with the number: 1 fact, 2 facts', () => {
    const { company } = modelOf([
      { name: 'about.md', markdown: '# Acme\n\n## Mission\n\nMake anvils safe.\n' },
      { name: 'role.md', markdown: '# Acme\n\n## Responsibilities\n\n- Forge anvils\n- Test anvils\n', frontMatter: { role: 'Anvil Engineer' } },
    ]);
    const out = formatCompany(company, plain, 'prep check acme');
    expect(out).toMatch(/^ {2}acme\/about\.md .*, 1 fact, /m);
    expect(out).toMatch(/^ {2}acme\/role\.md .*, 2 facts, /m);
    expect(out).toMatch(/^ {2}Anvil Engineer \(anvil-engineer\) · 2 responsibilities$/m);
  });
});
