import type { Company } from '../../src/model/company.js';
import { VFile } from 'vfile';
import type { FrontMatter, ParsedDocument } from '../../src/parse/types.js';
import { parse, type ParseOptions } from '../../src/parse/parse.js';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';
import { fromFile, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parsedMarkdown } from './parsed.js';

export interface Doc {
  name: string;
  markdown: string;
  frontMatter?: Partial<FrontMatter>;
}

/** classify → extract → merge over markdown documents of a company `acme`. */
export function modelOf(docs: readonly Doc[], id = 'acme'): { company: Company; diagnostics: Diagnostic[] } {
  const parsed = docs.map((d) => parsedMarkdown(d.markdown, `${id}/${d.name}`, d.frontMatter ?? {}));
  const company = merge(parsed.map((doc) => extract(doc, id)), id);
  return { company, diagnostics: parsed.flatMap((doc) => fromFile(doc.file)) };
}

export const texts = (facts: readonly { text: string }[]): string[] => facts.map((f) => f.text);

/** One document of company `acme` through the real parse stage (as read from disk), then extract → merge. */
export function modelOfText(relative: string, text: string, options: ParseOptions = {}): { doc: ParsedDocument; company: Company } {
  const file = new VFile({ path: relative, value: text });
  file.data.relative = relative;
  const doc = parse(file, options);
  if (!doc) throw new Error(`${relative} did not parse`);
  return { doc, company: merge([extract(doc, 'acme')], 'acme') };
}
