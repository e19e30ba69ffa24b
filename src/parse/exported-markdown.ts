import type { Nodes, Root, RootContent } from 'mdast';
import type { ChromeLine } from './types.js';

/**
 * Markdown a word processor wrote (Google Docs' "Download as Markdown",
 * pandoc from .docx): it escapes every line start a user typed by hand as
 * `1\. Build…` or `\- Python`, and tags headings with ids (`{#h.k2l9xq}`).
 * A reader sees a list and a heading; so does prep. Lines keep their numbers.
 */
// Up to two digits: `2024\. A year to remember` stays a paragraph.
const ESCAPED_MARKER = /^([ \t]*)(?:(\d{1,2})\\([.)])|\\([-*+]))(?=[ \t])/gm;
/** `{#h.k2l9xq}`, `{#intro .unnumbered}`: a heading's attributes, at the end of its line. */
const HEADING_ATTRIBUTES = /[ \t]*\{#[^\s{}]+(?:[ \t]+[.#][^\s{}]+)*\}[ \t]*$/gm;

export function undoExportEscapes(body: string): string {
  return body
    .replace(HEADING_ATTRIBUTES, '')
    .replace(ESCAPED_MARKER, (_, indent: string, number?: string, delimiter?: string, bullet?: string) => `${indent}${number === undefined ? bullet : number + delimiter}`);
}

const isImage = (node: Nodes): boolean => node.type === 'image' || node.type === 'imageReference' || node.type === 'break' || (node.type === 'text' && node.value.trim() === '');

const isPicture = (node: RootContent): boolean =>
  node.type === 'definition' ? node.url.startsWith('data:') : node.type === 'paragraph' && node.children.some((child) => child.type === 'image' || child.type === 'imageReference') && node.children.every(isImage);

/**
 * Images carry no text a packet can use: the lines of a paragraph of images
 * alone (`![][image1]`) and of the definitions that hold their data
 * (`[image1]: <data:image/png;base64,…>`), as chrome, so they are neither
 * content nor unmapped.
 */
export function imageLines(tree: Root, body: string): ChromeLine[] {
  const lines = body.split('\n');
  return tree.children.filter(isPicture).flatMap(({ position }) => {
    if (!position) return [];
    const span = Array.from({ length: position.end.line - position.start.line + 1 }, (_, i) => position.start.line + i);
    return span.map((line) => ({ line, text: (lines[line - 1] ?? '').trim() }));
  });
}
