import { describe, expect, it } from 'vitest';
import { modelOf } from '../helpers/model.js';

describe('a plain list of openings', () => {
  it('makes each item one role, commas and all, in a family named after the heading', () => {
    const markdown = '## Open positions\n\n- Backend Engineer\n- Data Scientist, Ads\n\n## Role families\n\n- **Platform**: Site Reliability Engineer, Security Engineer\n';
    const { company } = modelOf([{ name: 'careers.md', markdown }]);
    expect(company.roleFamilies.map((f) => [f.name, f.roles])).toEqual([
      ['Open positions', ['Backend Engineer', 'Data Scientist, Ads']],
      ['Platform', ['Site Reliability Engineer', 'Security Engineer']],
    ]);
    expect(company.unmapped).toEqual([]);
  });

  it('leaves long prose under such a heading unmapped rather than a role', () => {
    const { company } = modelOf([{ name: 'careers.md', markdown: '## Open positions\n\nWe are hiring across every team this year, so check back often.\n' }]);
    expect(company.roles).toEqual([]);
    expect(company.unmapped.map((u) => u.source.line)).toEqual([3]);
  });
});
