import { describe, expect, it } from 'vitest';
import { inferRole, resolveTitle } from '../../src/merge/infer-role.js';
import { modelOf, modelOfText, texts } from '../helpers/model.js';

const titles = ['Software Engineer', 'Machine Learning Engineer', 'Product Manager', 'Site Reliability Engineer'];

describe('inferRole', () => {
  it('finds a title through abbreviated words and plurals', () => {
    const found = inferRole(['We hire ML engineers.', 'Advancement to staff ML engineer roles', 'also software engineers'], titles);
    expect(found).toMatchObject({ title: 'Machine Learning Engineer', match: 'ML engineers', line: 1, mentions: 2 });
  });

  it('reads acronyms only in capitals', () => {
    expect(inferRole(['Our SREs run on-call.'], titles)?.title).toBe('Site Reliability Engineer');
    expect(inferRole(['Standup is at 3 pm daily.'], titles)).toBeUndefined();
  });

  it('resolves a front-matter role given as an abbreviation', () => {
    expect(resolveTitle('mle', titles)).toBe('Machine Learning Engineer');
    expect(resolveTitle('ML engineer', titles)).toBe('Machine Learning Engineer');
    expect(resolveTitle('Barista', titles)).toBeUndefined();
  });
});

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

describe('claimed roles', () => {
  it('spell out an abbreviation no family lists, and are known to the other documents', () => {
    const { company, diagnostics } = modelOf([
      { name: 'a.md', markdown: '## Responsibilities\n- Keep it up\n', frontMatter: { role: 'sre' } },
      { name: 'b.md', markdown: '## Talking Points\n- Our SREs love error budgets\n' },
    ]);
    expect(company.roles.map((r) => r.title)).toEqual(['Site Reliability Engineer']);
    expect(texts(company.roles[0]!.talkingPoints)).toEqual(['Our SREs love error budgets']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ file: 'acme/b.md', ruleId: 'inferred-role' }));
  });
});

describe('claimed roles given as an abbreviation the tailor knows', () => {
  it('are spelled out, not kept as the bare abbreviation', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: '## Responsibilities\n- Build APIs\n', frontMatter: { role: 'be' } }]);
    expect(company.roles.map((r) => r.title)).toEqual(['Backend Engineer']);
  });
});

describe('claimed roles named like Object.prototype keys', () => {
  it('are titles like any other, not a crash', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: '## Responsibilities\n- Keep it up\n', frontMatter: { role: 'constructor' } }]);
    expect(company.roles.map((r) => r.title)).toEqual(['constructor']);
  });
});

describe('role aliases', () => {
  it('lists the acronym and the abbreviated spelling of a title', () => {
    const { company } = modelOf([families]);
    expect(company.roles.find((r) => r.slug === 'machine-learning-engineer')?.aliases).toEqual(['MLE', 'ML Engineer']);
    expect(company.roles.find((r) => r.slug === 'software-engineer')?.aliases).toEqual(['SWE']);
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

describe('front matter naming several roles', () => {
  it('warns that a document takes one role, instead of asking for a `role:` it has', () => {
    const { company, diagnostics } = modelOf([{ name: 'prep.md', markdown: '## Responsibilities\n\n- Build pipelines\n', frontMatter: { roles: ['Data Engineer', 'Backend Engineer'], extra: {} } }]);
    expect(company.roles).toEqual([]);
    expect(diagnostics.find((d) => d.ruleId === 'unknown-role')?.message).toMatch(/front matter `role:` lists 2 roles, expected one role per document/);
  });

  it('does not mistake an unknown `roles:` key for such a list', () => {
    const { diagnostics } = modelOf([{ name: 'prep.md', markdown: '## Responsibilities\n\n- Build pipelines\n', frontMatter: { extra: { roles: ['Data Engineer', 'Backend Engineer'] } } }]);
    expect(diagnostics.find((d) => d.ruleId === 'unknown-role')?.message).toMatch(/expected front matter `role:` or a known role title/);
  });
});

describe('a role document that names its role only at the top', () => {
  const duties = '## Responsibilities\n\n- Plan the week\n';

  it('takes front matter `title:` when it names a job, and not when it does not', () => {
    const named = modelOf([{ name: 'a.md', markdown: duties, frontMatter: { extra: { title: 'Prep — Lab Automation Engineer @ Kestrel' } } }]);
    expect(named.company.roles.map((r) => r.title)).toEqual(['Lab Automation Engineer']);
    const other = modelOf([{ name: 'a.md', markdown: duties, frontMatter: { extra: { title: 'My notes' } } }]);
    expect(other.company.roles).toEqual([]);
    const call = modelOf([{ name: 'a.md', markdown: '## Lunch\n\nTacos\n', frontMatter: { extra: { title: 'Coffee with the Engineering Manager' } } }]);
    expect(call.company.roles).toEqual([]);
  });

  it('takes a `Role:` property line, and keeps `Status: In progress` out of the ownership field', () => {
    const { company } = modelOf([{ name: 'a.md', markdown: `# Prep\n\nRole: Product Designer\nStatus: In progress\n\n${duties}` }]);
    expect(company.roles.map((r) => r.title)).toEqual(['Product Designer']);
    expect(company.overview.ownership).toBeNull();
  });

  it('infers it from the title line, or the subtitle under it, with an info saying so', () => {
    const { company, diagnostics } = modelOf([{ name: 'a.md', markdown: `# Acme — Prep\n\nRobotics Software Engineer, Autonomy Team\n\n${duties}` }]);
    expect(company.roles.map((r) => [r.title, texts(r.responsibilities)])).toEqual([['Robotics Software Engineer', ['Plan the week']]]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'inferred-role', line: 3 }));
  });
});

describe('role slugs', () => {
  const roleDoc = (name: string, role: string, duty: string) => ({ name, markdown: `## Responsibilities\n- ${duty}\n`, frontMatter: { role } });

  it('keep roles whose titles differ only in symbols or script apart, each with its own facts', () => {
    const { company } = modelOf([
      roleDoc('a.md', 'C++ Engineer', 'Write the physics engine'),
      roleDoc('b.md', 'C# Engineer', 'Write the level editor'),
      roleDoc('c.md', 'データエンジニア', 'Build the pipelines'),
      roleDoc('d.md', '機械学習エンジニア', 'Train the models'),
    ]);
    const roles = company.roles.map((r) => [r.title, texts(r.responsibilities)]);
    expect(roles).toEqual([
      ['C++ Engineer', ['Write the physics engine']],
      ['C# Engineer', ['Write the level editor']],
      ['データエンジニア', ['Build the pipelines']],
      ['機械学習エンジニア', ['Train the models']],
    ]);
    expect(new Set(company.roles.map((r) => r.slug)).size).toBe(4);
    for (const role of company.roles) expect(role.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('spell an accented letter as its letter, not a break in the word', () => {
    const { company } = modelOf([roleDoc('a.md', 'Ingénieur Données', 'Construire des pipelines')]);
    expect(company.roles[0]?.slug).toBe('ingenieur-donnees');
  });
});
