import { describe, expect, it } from 'vitest';
import { modelOf, modelOfText, texts } from '../helpers/model.js';

const families = {
  name: 'profile.md',
  markdown: '## Role Families\n### Engineering\n- Software Engineer\n- Machine Learning Engineer\n#### Expected Skills\n- Python\n',
};

describe('role-level documents', () => {
  it('attach to the role their text names, with an info saying so', () => {
    const { company, diagnostics } = modelOf([
      families,
      { name: 'prep.md', markdown: '## Role Analysis\n- **Team**: part of the Ranking team\n- Work with ML engineers daily\n## Talking Points\n- Shipped a ranker\n' },
    ]);
    const role = company.roles.find((r) => r.slug === 'machine-learning-engineer');
    expect(role).toMatchObject({ family: 'Engineering', team: { text: 'Ranking' } });
    expect(texts(role!.talkingPoints)).toEqual(['Shipped a ranker']);
    expect(texts(role!.skills)).toEqual(['Python']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', ruleId: 'inferred-role', line: 3 }));
  });

  it('attach to the front-matter role, resolved against known titles', () => {
    const { company } = modelOf([families, { name: 'prep.md', markdown: '## Questions to Ask\n- "Why?"\n', frontMatter: { role: 'SWE' } }]);
    expect(texts(company.roles.find((r) => r.title === 'Software Engineer')!.questionsToAsk)).toEqual(['Why?']);
  });

  it('create the role a "The Role:" heading names', () => {
    const { company } = modelOf([families, { name: 'sre.md', markdown: '# The Role: Site Reliability Engineer\n## Requirements\n- Linux\n' }]);
    const sre = company.roles.find((r) => r.title === 'Site Reliability Engineer');
    expect(sre).toMatchObject({ slug: 'site-reliability-engineer', family: null });
    expect(texts(sre!.requirements)).toEqual(['Linux']);
  });

  it('stay company-level prep, with a warning, when no role fits', () => {
    const { company, diagnostics } = modelOf([{ name: 'prep.md', markdown: '## Talking Points\n- Love the product\n' }]);
    expect(company.roles).toEqual([]);
    expect(texts(company.prep.talkingPoints)).toEqual(['Love the product']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', ruleId: 'unknown-role', line: 2 }));
  });

  it('leave company-level facts of a role document company-level', () => {
    const { company } = modelOf([{ name: 'prep.md', markdown: '## Recent News\n- Opened Lisbon office\n', frontMatter: { role: 'Designer' } }]);
    expect(texts(company.news)).toEqual(['Opened Lisbon office']);
  });
});

describe('a job board\'s posting', () => {
  it('takes its role from the title under the site\'s header, its buttons and links not counted as lines of the top', () => {
    const posting = ['Skip to main content', 'Acme Rope', 'Search for Jobs', 'Sign In', 'Rigging Software Engineer', 'Apply', '', 'Key Responsibilities', 'Model loads on sailing rigs'].join('\n');
    const { company } = modelOfText('acme/posting.txt', posting);
    expect(company.roles.map((role) => [role.title, texts(role.responsibilities)])).toEqual([['Rigging Software Engineer', ['Model loads on sailing rigs']]]);
  });
});

describe('a document about two roles', () => {
  const markdown = [
    '# Openings',
    '',
    '## The Role: Backend Engineer',
    '',
    '### Responsibilities',
    '',
    '- Build the ordering API',
    '',
    '## The Role: Data Scientist, Ads',
    '',
    '### Responsibilities',
    '',
    '- Forecast demand',
    '',
    '### Requirements',
    '',
    '- SQL',
    '',
    '## The Role: Backend Engineer',
    '',
    '### Requirements',
    '',
    '- PostgreSQL',
    '',
  ].join('\n');

  it('gives each role only what was written under its own heading; a title named again is the same role', () => {
    const { company } = modelOf([{ name: 'openings.md', markdown }]);
    expect(company.roles.map((r) => [r.title, texts(r.responsibilities), texts(r.requirements)])).toEqual([
      ['Backend Engineer', ['Build the ordering API'], ['PostgreSQL']],
      ['Data Scientist, Ads', ['Forecast demand'], ['SQL']],
    ]);
    expect(company.unmapped).toEqual([]);
  });

  it('keeps front matter in charge: a role heading under `role:` does not start another role', () => {
    const { company } = modelOf([{ name: 'prep.md', markdown: '## The Role: Backend Engineer\n\n### Responsibilities\n\n- Build APIs\n', frontMatter: { role: 'Site Reliability Engineer' } }]);
    expect(company.roles.map((r) => r.title)).toEqual(['Site Reliability Engineer']);
  });
});
