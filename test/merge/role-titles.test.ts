import { describe, expect, it } from 'vitest';
import { inferRole, resolveTitle } from '../../src/merge/infer-role.js';
import { modelOf, texts } from '../helpers/model.js';

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

const families = {
  name: 'profile.md',
  markdown: '## Role Families\n### Engineering\n- Software Engineer\n- Machine Learning Engineer\n#### Expected Skills\n- Python\n',
};

describe('role aliases', () => {
  it('lists the acronym and the abbreviated spelling of a title', () => {
    const { company } = modelOf([families]);
    expect(company.roles.find((r) => r.slug === 'machine-learning-engineer')?.aliases).toEqual(['MLE', 'ML Engineer']);
    expect(company.roles.find((r) => r.slug === 'software-engineer')?.aliases).toEqual(['SWE']);
  });
});
