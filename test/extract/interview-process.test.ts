import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { readText } from '../../src/parse/text-reader.js';
import { parsedTree } from '../helpers/parsed.js';
import { modelOfText as modelOfFile, texts } from '../helpers/model.js';

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

describe('interview questions grouped under each review\'s heading', () => {
  it('are questions when they ask, with or without "?" (a review\'s other lines may be anything), and the review\'s byline is chrome', () => {
    const page = ['Acme Rope', '', 'Interview questions', '', 'Data Scientist Interview', 'Mar 3, 2025 · Candidate in Leeds', 'How would you size the market?', 'Walk us through a model you shipped.', '',
      'Data Scientist Interview', 'I applied online and heard back in a week.', 'Explain bias and variance to an underwriter.', 'Helpful (1)'].join('\n');
    const { company } = modelOfFile('acme/reviews.txt', page);
    const questions = [...company.prep.questions, ...company.roles.flatMap((role) => role.questions)].map((q) => q.text);
    expect(questions).toEqual(['How would you size the market?', 'Walk us through a model you shipped.', 'Explain bias and variance to an underwriter.']);
    expect(company.notes.map((note) => note.text)).toEqual(['I applied online and heard back in a week.']);
  });
});
