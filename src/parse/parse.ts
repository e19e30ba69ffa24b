import type { VFile } from 'vfile';
import '../read/data-map.js';
import { fatal, hasFailed } from '../read/report.js';
import { countLines, normalizeText } from '../read/text.js';
import { hasGiantBlock } from './defuse.js';
import { detectKind, type DocumentKind } from './detect-kind.js';
import { FrontMatterError, splitFrontMatter } from './front-matter.js';
import { isHtmlPage } from './html-page.js';
import type { HtmlPageReader } from './html-reader.js';
import { joinHyphenatedWraps } from './hyphenated-wraps.js';
import { imageLines, undoExportEscapes } from './exported-markdown.js';
import { blankLines, htmlWrapperLines } from './html-wrappers.js';
import { dropChromeBlocks, noteChrome } from './note-syntax.js';
import { pageChrome } from './markdown-chrome.js';
import { parseMarkdown } from './parse-markdown.js';
import { readText } from './text-reader.js';
import { fileText } from './file-text.js';
import { remapLines } from './remap-lines.js';
import { isWikiMarkup, wikiToMarkdown, type ConvertedMarkdown } from './wiki-markup.js';
import { isOrgMode, orgToMarkdown } from './org-mode.js';
import { asciidocToMarkdown, isAsciiDoc } from './asciidoc.js';
import { isRestructuredText, rstToMarkdown } from './restructured-text.js';
import { isPandocMarkdown, pandocToMarkdown } from './pandoc-markdown.js';
import type { ParsedDocument } from './types.js';

export interface ParseOptions {
  /**
   * Words of the company's other documents (`vocabularyOf`), so a chip glued
   * in one document splits the way another spells it.
   */
  vocabulary?: ReadonlySet<string>;
  /** The reader of saved web pages (`parseOptionsOf` loads it when a document is one): without it, a page cannot be parsed. */
  readHtmlPage?: HtmlPageReader;
}

/**
 * Parse stage: front matter → kind → tree. A document that cannot be parsed
 * gets a fatal message and `undefined`, so later stages skip it and the
 * other documents go on.
 */
export function parse(file: VFile, options: ParseOptions = {}): ParsedDocument | undefined {
  if (file.data.skipped === true || hasFailed(file)) return undefined;
  const relative = file.data.relative ?? file.path;
  try {
    const text = normalizeText(fileText(file));
    const { frontMatter, body, present } = splitFrontMatter(text);
    const onlyFrontMatter = present && body.trim() === '';
    if (onlyFrontMatter) noteOnlyFrontMatter(file, relative);
    // Front matter is a markdown convention: a file of nothing else is markdown, not plain text.
    if (isHtmlPage(body)) return { file, relative, kind: 'markdown', frontMatter, ...readPage(file, relative, body, options.readHtmlPage), lines: countLines(text) };
    const converted = convertMarkup(body);
    if (converted) return { file, relative, kind: 'markdown', frontMatter, ...readConverted(converted), lines: countLines(text) };
    const kind = onlyFrontMatter ? 'markdown' : chooseKind(file, body);
    const { tree, chrome } = kind === 'markdown' ? readMarkdown(body) : readText(body, options.vocabulary);
    return { file, relative, kind, frontMatter, tree: joinHyphenatedWraps(tree), chrome, lines: countLines(text) };
  } catch (error) {
    if (error instanceof FrontMatterError) {
      fatal(file, error.reason, 'front-matter', { line: error.line });
    } else {
      fatal(file, `Cannot parse the document: ${(error as Error).message}`, 'parse-error');
    }
    return undefined;
  }
}

/** Wiki markup, org-mode, AsciiDoc, reStructuredText or pandoc's markdown, written over into markdown; `undefined` for anything else. */
function convertMarkup(body: string): ConvertedMarkdown | undefined {
  if (isWikiMarkup(body)) return wikiToMarkdown(body);
  if (isOrgMode(body)) return orgToMarkdown(body);
  if (isAsciiDoc(body)) return asciidocToMarkdown(body);
  if (isRestructuredText(body)) return rstToMarkdown(body);
  return isPandocMarkdown(body) ? pandocToMarkdown(body) : undefined;
}

function noteOnlyFrontMatter(file: VFile, relative: string): void {
  file.info(`Read only the front matter of \`${relative}\`: it has no content after it; its keys (company, aliases, role) still apply`, {
    place: { line: 1, column: 1 }, ruleId: 'front-matter-only', source: 'prep',
  });
}

/**
 * Markdown, less the lines only a notes app reads (comments, tag lines,
 * queries) and a clipped page's buttons and boilerplate, counted as chrome,
 * and as a reader sees a word processor's or notes app's export.
 */
function readMarkdown(body: string): Pick<ParsedDocument, 'tree' | 'chrome'> {
  const wrappers = htmlWrapperLines(body);
  const tree = parseMarkdown(blankLines(undoExportEscapes(body), wrappers));
  const chrome = [...noteChrome(body), ...wrappers, ...imageLines(tree, body), ...pageChrome(tree)].sort((a, b) => a.line - b.line);
  return { tree: dropChromeBlocks(tree, chrome), chrome };
}

/** Confluence or Jira wiki markup, or org-mode notes, read as the markdown they write over into, at their own lines. */
function readConverted(converted: ConvertedMarkdown): Pick<ParsedDocument, 'tree' | 'chrome'> {
  const { tree, chrome } = readMarkdown(converted.text);
  remapLines(tree, converted.lineOf);
  const moved = chrome.map((line) => ({ ...line, line: converted.lineOf(line.line) }));
  return { tree, chrome: [...converted.chrome, ...moved].sort((a, b) => a.line - b.line) };
}

/** A saved web page: its text, read like a note's, without its tags, scripts, navigation and footer. */
function readPage(file: VFile, relative: string, body: string, read: HtmlPageReader | undefined): Pick<ParsedDocument, 'tree' | 'chrome'> {
  if (!read) throw new Error('it is a saved web page and the page reader was not loaded (`parseOptionsOf`); please report this');
  file.info(`Read \`${relative}\` as a saved web page: its text is kept, its tags, scripts, navigation and footer are left out`, {
    place: { line: 1, column: 1 }, ruleId: 'html-page', source: 'prep',
  });
  return read(body);
}

/** The detected kind, except that markdown with a giant block is read as plain text, which is linear. */
function chooseKind(file: VFile, body: string): DocumentKind {
  const kind = detectKind(body);
  if (kind !== 'markdown' || !hasGiantBlock(body)) return kind;
  file.info(`Read \`${file.data.relative ?? file.path}\` as plain text: it has a block of over 100 kB, too long to parse as markdown; add blank lines between paragraphs`, {
    place: { line: 1, column: 1 }, ruleId: 'giant-block', source: 'prep',
  });
  return 'text';
}
