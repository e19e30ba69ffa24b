import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/extract/placeholder.js';

describe('a placeholder', () => {
  it('is a bracketed blank to fill', () => {
    for (const blank of ['<company>', '<your name here>', '[Yes/No]', '{{role}}', 'TBD', '']) expect(isPlaceholder(blank), blank).toBe(true);
  });

  it('is not an HTML tag left in a pasted page', () => {
    for (const tag of ['</div>', '<div class="job-card">', '<html lang="en-GB">', '<meta charset="utf-8">', '<br/>', '<!DOCTYPE html>', '<section>', '<ul>', '</ul>']) {
      expect(isPlaceholder(tag), tag).toBe(false);
    }
  });
});

describe('a placeholder left in a labelled line', () => {
  it('is a gap that keeps the label as written, which its field id cannot spell', async () => {
    const { modelOf } = await import('../helpers/model.js');
    const { company } = modelOf([{ name: 'prep.md', markdown: '# Acme\n\n## Personal experience\n\n- **Have you used their products/services?**: [Yes/No]\n- **Duration of use:** [How long]\n' }]);
    expect(company.gaps.map(({ field, label }) => [field, label])).toEqual([
      ['personalExperience.haveYouUsedTheirProductsServices', 'Have you used their products/services?'],
      ['personalExperience.durationOfUse', 'Duration of use'],
    ]);
  });
});
