import type { Root as HastRoot } from 'hast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { countLines } from '../read/text.js';
import { liftBoldHeadings } from './bold-headings.js';
import { readPageAsText } from './html-as-text.js';
import { convertInBatches } from './html-chunks.js';
import { splitSharedLines } from './html-breaks.js';
import { placeText, spanPage, spanText } from './html-positions.js';
import { readPre } from './html-pre.js';
import { prunePage } from './html-prune.js';
import { flattenDeepTags } from './html-shallow.js';
import { joinTextRuns } from './html-text-runs.js';
import { unfoldToggles } from './toggles.js';
import type { ChromeLine } from './types.js';

/**
 * The reader of saved web pages, loaded only when a company has one: parse5
 * (through rehype-parse) reads the page as a browser would, hast-util-to-mdast
 * turns what is content into mdast. Positions stay the page's own lines.
 */
const html = unified().use(rehypeParse).freeze();

export type HtmlPageReader = (body: string) => { tree: Root; chrome: ChromeLine[] };

/**
 * An HTML page → mdast that reads like the same page written as notes
 * (a bold line over a list is a heading there too). Lines of nothing but
 * markup (tags, scripts, navigation) are its chrome.
 */
export const parseHtmlPage: HtmlPageReader = (body) => {
  const hast = parseHast(body);
  prunePage(hast);
  const textLines = placeText(hast, body);
  joinTextRuns(hast);
  const { tree, chrome } = convert(hast, body);
  return { tree, chrome: chromeOf(body, textLines, chrome) };
};

/** The page's content as mdast, and the chrome of its preformatted text; a page too big for the converter is read as its text. */
function convert(hast: HastRoot, body: string): { tree: Root; chrome: ChromeLine[] } {
  const chrome: ChromeLine[] = [];
  let tree: Root;
  try {
    tree = convertInBatches(hast, { handlers: { pre: readPre(countLines(body), chrome) } });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return readPageAsText(hast, body);
  }
  spanText(tree);
  splitSharedLines(tree);
  spanPage(tree, body);
  return { tree: unfoldToggles(liftBoldHeadings(tree)), chrome };
}

/** The page's hast; a page nested past what the converter's recursion survives is read again with its deepest tags taken out. */
function parseHast(body: string): HastRoot {
  try {
    return html.parse(body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  try {
    return html.parse(flattenDeepTags(body));
  } catch (error) {
    if (error instanceof RangeError) throw new Error('it nests elements too deeply to read; save the page again from a browser');
    throw error;
  }
}

/** Non-blank lines with no text of their own, and the chrome found in its text. */
function chromeOf(body: string, textLines: ReadonlySet<number>, textChrome: readonly ChromeLine[]): ChromeLine[] {
  const chrome = new Map<number, ChromeLine>(textChrome.map((c) => [c.line, c]));
  body.split('\n').forEach((text, i) => {
    if (text.trim() !== '' && !textLines.has(i + 1)) chrome.set(i + 1, { line: i + 1, text: text.trim() });
  });
  return [...chrome.values()].sort((a, b) => a.line - b.line);
}
