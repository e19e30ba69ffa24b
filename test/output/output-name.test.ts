import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputName } from '../../src/output/output-path.js';
import { modelOf } from '../helpers/model.js';

describe('role slugs and packet file names in any script', () => {
  it('slugs accented titles without a break inside a word, and two titles in another script apart', () => {
    const { company } = modelOf([
      { name: 'a.md', markdown: '## Rol: Técnico de Mantenimiento\n\n### Requisitos\n\n- FP de electricidad\n' },
      { name: 'b.md', markdown: '## 募集職種：データエンジニア\n\n### 応募資格\n\n- SQL\n' },
      { name: 'c.md', markdown: '## 募集職種：機械学習エンジニア\n\n### 応募資格\n\n- Python\n' },
    ]);
    const [latin, ...others] = company.roles.map((r) => r.slug);
    expect(latin).toBe('tecnico-de-mantenimiento');
    // File names stay ASCII (portable across file systems, URLs and CI artifacts); the title stays the role's name.
    expect(others).toHaveLength(2);
    for (const slug of others) expect(slug).toMatch(/^role-[0-9a-f]+$/);
    expect(new Set(company.roles.map((r) => outputName('acme', r.slug, 'md'))).size).toBe(3);
  });

  it('never names a file outside the output directory, whatever the slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (slug) => {
        const name = outputName('acme', slug, 'md');
        expect(name).toMatch(/^acme-[a-z0-9-]+\.md$/);
        expect(name).not.toMatch(/[/\\]|\.\./);
      }),
    );
  });
});
