import type { Element, ElementContent, Root, RootContent } from 'hast';
import { defaultHandlers } from 'hast-util-to-mdast';
import { capCells, headFirstRow } from './html-table.js';

/*
 * A saved page's hast made safe and content-only before it becomes mdast:
 * what is never content is dropped, nesting is flattened below a depth the
 * converter's recursion survives, and a row has a bounded number of cells.
 * One pass over the nodes with an explicit stack: a page may nest thousands deep.
 */

/** Elements whose whole content is page machinery or a control, never what the page says. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'nav', 'footer', 'canvas', 'dialog',
  'button', 'select', 'input', 'textarea', 'img', 'picture', 'video', 'audio', 'object', 'embed', 'wbr',
]);
// Kept for the converter: a `<thead>` tells it a table has a header row.
const TABLE_SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
/** A link or element dressed as a button (`Apply now`, `Share`): a control, not content. */
const CONTROL_CLASS = /\b(?:btn|button|cta)\b/i;
/** Elements that stand on lines of their own: unwrapped, their text still starts a new line. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'ol', 'p', 'section', 'summary', 'table', 'tr', 'ul']);
const LISTS = new Set(['ul', 'ol', 'dl', 'menu']);
// Lists nest visibly to a point; beyond it the items read as lines of the deepest one.
const MAX_LIST_DEPTH = 16;
// Deep enough for any real page, shallow enough for the converter's recursion.
const MAX_DEPTH = 64;

function isSkipped(node: Element): boolean {
  if (SKIPPED.has(node.tagName) || node.properties['role'] === 'button') return true;
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.some((name) => CONTROL_CLASS.test(String(name)));
}

interface Frame {
  node: Root | Element;
  depth: number;
  lists: number;
  inTable: boolean;
}

/** Drops non-content, flattens deep nesting and caps rows in place. */
export function prunePage(tree: Root): void {
  const stack: Frame[] = [{ node: tree, depth: 0, lists: 0, inTable: false }];
  for (let frame = stack.pop(); frame; frame = stack.pop()) {
    const { node, depth, lists, inTable } = frame;
    node.children = keptChildren(node.children, frame) as typeof node.children;
    if (node.type === 'element' && node.tagName === 'tr') capCells(node);
    if (node.type === 'element' && node.tagName === 'table') headFirstRow(node);
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      stack.push({ node: child, depth: depth + 1, lists: lists + (LISTS.has(child.tagName) ? 1 : 0), inTable: inTable || child.tagName === 'table' });
    }
  }
}

/**
 * Children less what is skipped, with what the converter would turn into
 * loose text (a `<span>`, a link to elsewhere on the site, a quote, a table
 * in a table) unwrapped here, where runs of text are joined in one pass: the
 * converter joins them by splicing, quadratic in their number. Past the depth
 * limit, an element is its lines of text, and a list past its own limit one paragraph of them.
 */
function keptChildren(children: readonly RootContent[], { depth, lists, inTable }: Frame): RootContent[] {
  const out: RootContent[] = [];
  const pending = [...children].reverse();
  for (let child = pending.pop(); child; child = pending.pop()) {
    if (isDropped(child)) continue;
    if (child.type !== 'element') out.push(child);
    else if (isLooseText(child)) for (const node of unwrapped(child).reverse()) pending.push(node);
    else if (depth >= MAX_DEPTH || (inTable && child.tagName === 'table')) for (const node of linesOf(child)) out.push(node);
    else if (lists >= MAX_LIST_DEPTH && LISTS.has(child.tagName)) out.push({ type: 'element', tagName: 'p', properties: {}, children: linesOf(child) });
    else out.push(child);
  }
  return out;
}

/** An element the converter reads as its children alone (`span`, `font`, an unknown one), a site link, or a quote. */
function isLooseText(element: Element): boolean {
  const { tagName } = element;
  if (tagName === 'q' || isSiteLink(element)) return true;
  if (TABLE_SECTIONS.has(tagName)) return false;
  const handlers: Readonly<Record<string, unknown>> = defaultHandlers;
  return !Object.hasOwn(handlers, tagName) || handlers[tagName] === handlers['span'];
}

/** Its children, in a new array. */
function unwrapped(element: Element): ElementContent[] {
  if (element.tagName !== 'q') return [...element.children];
  return [{ type: 'text', value: '"' }, ...element.children, { type: 'text', value: '"' }];
}

/** `<a href="/about">`, `#top`, `mailto:`, `javascript:`: where it points says nothing a fact needs; a web address (`https://…`) is kept. */
function isSiteLink(element: Element): boolean {
  return element.tagName === 'a' && !/^https?:\/\//i.test(String(element.properties['href'] ?? ''));
}

function isDropped(node: RootContent): boolean {
  return node.type === 'comment' || (node.type === 'element' && isSkipped(node));
}

/** The text under an element, a line break before each block in it: flat, so no recursion goes deeper. */
function linesOf(element: Element): ElementContent[] {
  const out: ElementContent[] = [];
  const pending: ElementContent[] = [element];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isDropped(node)) continue;
    if (node.type === 'text') out.push(node);
    if (node.type !== 'element') continue;
    const last = out.at(-1);
    const broken = last === undefined || (last.type === 'element' && last.tagName === 'br');
    if ((BLOCKS.has(node.tagName) || node.tagName === 'br') && !broken) out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return out;
}
