import type { Draft } from '../extract/draft.js';
import { fileText } from '../parse/file-text.js';

/** A document's text as read. */
export const documentText = (draft: Draft): string => fileText(draft.doc.file);
