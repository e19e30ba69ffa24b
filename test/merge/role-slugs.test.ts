import { describe, expect, it } from 'vitest';
import { modelOf, texts } from '../helpers/model.js';

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
