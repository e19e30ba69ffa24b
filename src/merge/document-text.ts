import type { Draft } from '../extract/draft.js';

/** A document's text as read: a file holds a string once decoded; bytes are read as UTF-8. */
export function documentText(draft: Draft): string {
  const { value } = draft.doc.file;
  return typeof value === 'string' ? value : new TextDecoder().decode(value);
}
