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
