import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outputName } from '../../src/output/output-path.js';
import { modelOf } from '../helpers/model.js';

describe('role slugs and packet file names in any script', () => {
  it('slugs accented titles without a break inside a word, and other scripts as written', () => {
    const { company } = modelOf([
      { name: 'a.md', markdown: '## Rol: Técnico de Mantenimiento\n\n### Requisitos\n\n- FP de electricidad\n' },
      { name: 'b.md', markdown: '## 募集職種：データエンジニア\n\n### 応募資格\n\n- SQL\n' },
      { name: 'c.md', markdown: '## 募集職種：機械学習エンジニア\n\n### 応募資格\n\n- Python\n' },
    ]);
    expect(company.roles.map((r) => r.slug)).toEqual(['tecnico-de-mantenimiento', 'データエンジニア', '機械学習エンジニア']);
    expect(new Set(company.roles.map((r) => outputName('acme', r.slug, 'md'))).size).toBe(3);
  });

  it('never names a file outside the output directory, whatever the slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (slug) => {
        const name = outputName('acme', slug, 'md');
        expect(name).toMatch(/^acme-[\p{L}\p{N}-]+\.md$/u);
        expect(name).not.toMatch(/[/\\]|\.\./);
      }),
    );
  });
});
