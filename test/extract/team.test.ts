import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readTeam } from '../../src/extract/team.js';
import { modelOf } from '../helpers/model.js';

describe('readTeam: the unit a role sits in', () => {
  it.each([
    ['The role sits in the Revenue Management & Pricing group of the Commercial organization', 'Revenue Management & Pricing'],
    ['This role is part of the Studio Media Algorithms team within the Data & Insights organization', 'Studio Media Algorithms'],
    ['You will join the Payments Squad in Dublin', 'Payments'],
    ['Part of Consumer Engineering, reporting to the VP of Product', 'Consumer Engineering'],
    ['North region, reporting to the District Manager', 'North region'],
    ['Clinical Risk Modeling, inside the Data & AI organisation', 'Clinical Risk Modeling'],
    ['Customer Support', 'Customer Support'],
    ['Engineers here sit in the Fleet Intelligence department under the COO', 'Fleet Intelligence'],
  ])('%s → %s', (text, team) => {
    expect(readTeam(text)).toBe(team);
  });

  it('names no team for a sentence about the role that names no unit', () => {
    expect(readTeam('you will work closely with many different people across the business every day')).toBeUndefined();
    expect(readTeam('As a senior engineer, you will mentor others')).toBeUndefined();
    expect(readTeam('The position reports into the Office of the CFO')).toBeUndefined();
  });

  it('a team is always a part of the text it was read from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const team = readTeam(text);
        if (team !== undefined) expect(text).toContain(team);
      }),
    );
  });

  it('keeps the sentence as a role note with its source', () => {
    const { company } = modelOf([
      {
        name: 'role.md',
        markdown: '# The Role: Pricing Analyst\n\n- **Team**: The role sits in the Revenue Management & Pricing group of the Commercial organization\n- Build price models\n',
      },
    ]);
    const role = company.roles.find((r) => r.title === 'Pricing Analyst');
    expect(role?.team).toMatchObject({ text: 'Revenue Management & Pricing', source: { file: 'acme/role.md', line: 3 } });
    expect(role?.notes).toContainEqual(expect.objectContaining({ text: expect.stringContaining('of the Commercial organization'), label: 'Team' }));
  });
});

describe('a heading that is a field label', () => {
  it('reads its one paragraph as that field: `THE TEAM:` gives the team, `## Headquarters` the headquarters', () => {
    const markdown = '## The team\n\nOperations Software, four engineers in Brest.\n\n## Headquarters\n\nBrest, France\n\n## Parking\n\nBehind the depot\n';
    const { company } = modelOf([{ name: 'a.md', markdown, frontMatter: { role: 'Data Engineer' } }]);
    expect(company.roles[0]?.team?.text).toBe('Operations Software');
    expect(company.overview.headquarters?.text).toBe('Brest, France');
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([['Parking', 'Behind the depot']]);
  });
});
