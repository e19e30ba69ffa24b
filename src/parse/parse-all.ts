import type { VFile } from 'vfile';
import { hasFailed } from '../read/report.js';
import { normalizeText } from '../read/text.js';
import { fileText } from './file-text.js';
import { splitFrontMatter } from './front-matter.js';
import { isHtmlPage } from './html-page.js';
import { parse, type ParseOptions } from './parse.js';
import type { ParsedDocument } from './types.js';
import { collectVocabulary } from './vocabulary.js';

// Parsing a company's documents together: what one document's parse takes from the others.

/** The vocabulary of all readable documents of a company, for `parse`. */
function vocabularyOf(files: readonly VFile[]): Set<string> {
  const texts = files.filter((file) => file.data.skipped !== true).flatMap((file) => fileText(file).split('\n'));
  return collectVocabulary(texts);
}

/**
 * What parsing a company's documents takes: their shared vocabulary, and the
 * page reader when one is a saved web page (loaded only then: parse5 is big).
 */
export async function parseOptionsOf(files: readonly VFile[]): Promise<ParseOptions> {
  const vocabulary = vocabularyOf(files);
  if (!files.some(holdsHtmlPage)) return { vocabulary };
  const { parseHtmlPage } = await import('./html-reader.js');
  return { vocabulary, readHtmlPage: parseHtmlPage };
}

function holdsHtmlPage(file: VFile): boolean {
  if (file.data.skipped === true || hasFailed(file)) return false;
  const text = fileText(file);
  // Most documents hold no page at all: no need to read their front matter to know it.
  if (!/<(?:!doctype|html)/i.test(text)) return false;
  try {
    return isHtmlPage(splitFrontMatter(normalizeText(text)).body);
  } catch {
    // Front matter that does not parse: the document fails in `parse` whatever it holds.
    return false;
  }
}

/** Parse every document of a company with the company's shared vocabulary; refused ones are left out. */
export async function parseAll(files: readonly VFile[]): Promise<ParsedDocument[]> {
  const options = await parseOptionsOf(files);
  return files.map((file) => parse(file, options)).filter((doc): doc is ParsedDocument => doc !== undefined);
}
