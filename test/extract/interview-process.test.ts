import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { readText } from '../../src/parse/text-reader.js';
import { parsedTree } from '../helpers/parsed.js';
import { texts } from '../helpers/model.js';

function modelOfText(text: string) {
  const file = 'acme/careers.txt';
  const { tree, chrome } = readText(text);
  const doc = { ...parsedTree(tree, file, { role: 'Site Reliability Engineer' }, new VFile({ path: file, value: text }), text.split('\n').length), kind: 'text' as const, chrome };
  return merge([extract(doc, 'acme')], 'acme');
}

describe('an "Interview Process" section after the requirements of a scraped page', () => {
  const page = ['Acme Careers', '', 'Requirements', '• Go', '• Kubernetes', 'Interview Process', '1. Recruiter call', '2. On-site loop', ''].join('\n');

  it('is notes labelled with its heading, and the stages are never requirements of the role', () => {
    const company = modelOfText(page);
    const role = company.roles.find((r) => r.title === 'Site Reliability Engineer');
    expect(texts(role?.requirements ?? [])).toEqual(['Go', 'Kubernetes']);
    expect(company.notes.map((n) => [n.label, n.text])).toEqual([
      ['Interview Process', 'Recruiter call'],
      ['Interview Process', 'On-site loop'],
    ]);
    expect(company.unmapped).toEqual([]);
  });
});
