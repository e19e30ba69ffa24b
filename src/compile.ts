import type { Company } from './model/company.js';
import { fromFile, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { extract } from './extract/extract.js';
import type { Draft } from './extract/draft.js';
import { merge } from './merge/merge.js';
import { parseAll } from './parse/index.js';
import { emptyCompanyDiagnostic, fatal, load, type LoadOptions } from './read/index.js';

export interface Compiled {
  company: Company;
  diagnostics: Diagnostic[];
}

/**
 * The ingest pipeline for one company: load → parse → classify → extract →
 * merge. A document that fails is skipped with a fatal diagnostic; the
 * others still make the model.
 */
export async function compile(profilesDir: string, id: string, options: LoadOptions = {}): Promise<Compiled> {
  const files = await load(profilesDir, id, options);
  const drafts: Draft[] = [];
  for (const doc of await parseAll(files)) {
    try {
      drafts.push(extract(doc, id));
    } catch (error) {
      fatal(doc.file, `Cannot extract facts from \`${doc.relative}\`: ${(error as Error).message}; please report this with the document`, 'extract-error');
    }
  }
  const company = merge(drafts, id);
  const diagnostics = files.flatMap(fromFile);
  // A folder of no documents, or of files skipped with an info only (an image, an empty file), has nothing else to say so;
  // a document that failed or was skipped with a warning (binary, a link out of the profiles) already says why.
  if (files.every((file) => file.data.skipped === true) && !diagnostics.some((d) => d.severity !== 'info')) diagnostics.push(emptyCompanyDiagnostic(profilesDir, id, options.cwd ?? process.cwd()));
  return { company, diagnostics: sortDiagnostics(diagnostics) };
}
