import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';

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
