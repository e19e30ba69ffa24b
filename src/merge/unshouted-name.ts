import type { Draft } from '../extract/draft.js';
import { escapeRegExp } from '../escape-regexp.js';
import { fileText } from '../parse/file-text.js';

/**
 * A name declared in capitals (a filing's cover prints `VERRANO BIOLOGICS,
 * INC.`), as the documents spell it where they write it in running text
 * (`Verrano Biologics, Inc. is a …`); as declared when they never spell
 * it otherwise. Only the same words, whole, capitalized: never a longer or
 * shorter name, nor a domain's `acme.com` for `ACME`.
 */
export function unshoutedName(name: string, drafts: readonly Draft[]): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}/u.test(name)) return name;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
  for (const text of drafts.map((draft) => fileText(draft.doc.file))) {
    for (const [found] of text.matchAll(pattern)) if (/^\p{Lu}/u.test(found) && /\p{Ll}/u.test(found)) return found;
  }
  return name;
}
