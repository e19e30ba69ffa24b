import { VFile } from 'vfile';
import { extract } from '../../src/extract/extract.js';
import type { Company } from '../../src/model/company.js';
import { merge } from '../../src/merge/merge.js';
import { readText } from '../../src/parse/text-reader.js';
import { parsedTree } from '../helpers/parsed.js';

/** A plain-text page of company `lark` through the text reader, then extract → merge. */
export function modelOfText(text: string): Company {
  const file = 'lark/careers.txt';
  const { tree, chrome } = readText(text);
  const doc = { ...parsedTree(tree, file, {}, new VFile({ path: file, value: text }), text.split('\n').length), kind: 'text' as const, chrome };
  return merge([extract(doc, 'lark')], 'lark');
}
