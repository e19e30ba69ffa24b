import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText } from '../helpers/model.js';
import { toString } from 'mdast-util-to-string';
import { undoExportEscapes } from '../../src/parse/exported-markdown.js';

// Google Docs' "Download as Markdown": escaped line starts, heading ids, bold lines for headings, inline images.
const DOC = [
  '# **Acme Optics — Interview Prep** {#acme-optics-—-interview-prep}', // 1
  '',
  '**Mission** {#h.p0m4r8s1t2u3}',
  '',
  'Clear sight for everyone\\.', // 5
  '',
  '## **The Role: Vision Engineer** {#h.a1b2c3}',
  '',
  '**Responsibilities**',
  '', // 10
  '1\\. Build the face\\-measurement models  ',
  '2\\. Ship models to tablets',
  '',
  '**Requirements**',
  '', // 15
  '\\- 3\\+ years of computer vision  ',
  '\\- Python and C\\+\\+',
  '',
  '![][image1]',
  '', // 20
  '## History',
  '',
  '2024\\. A year of growth\\.',
  '',
  '[image1]: <data:image/png;base64,iVBORw0KGgo=>', // 25
].join('\n');

describe('a Google Docs markdown export', () => {
  const { doc, company } = modelOfText('acme/prep.md', DOC);

  it('reads escaped line starts as the lists they look like, and bold lines as headings', () => {
    const [role] = company.roles;
    expect(role?.title).toBe('Vision Engineer');
    expect(role?.responsibilities.map((f) => [f.text, f.source.line])).toEqual([['Build the face-measurement models', 11], ['Ship models to tablets', 12]]);
    expect(role?.requirements.map((f) => f.text)).toEqual(['3+ years of computer vision', 'Python and C++']);
    expect(company.mission?.text).toBe('Clear sight for everyone.');
  });

  it('keeps no heading id, image or image data', () => {
    expect(JSON.stringify(company)).not.toMatch(/\{#|image1|base64/);
    expect(doc.chrome.map((c) => c.line)).toEqual([19, 25]);
    expect(toString(doc.tree)).toContain('2024. A year of growth.');
  });

  it('keeps every line where it was, and changes nothing else', () => {
    const line = fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const undone = undoExportEscapes(text);
        expect(undone.split('\n')).toHaveLength(text.split('\n').length);
        if (!/\\|\{#/.test(text)) expect(undone).toBe(text);
      }),
    );
  });
});
