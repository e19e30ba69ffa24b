import type { Company } from '../../src/model/company.js';
import type { FrontMatter } from '../../src/parse/types.js';
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
