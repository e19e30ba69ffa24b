import type { Paragraph, Root } from 'mdast';

/** Plain text → mdast (first cut: one paragraph per non-blank line). */
export function readText(body: string): { tree: Root; chrome: { line: number; text: string }[] } {
  const children: Paragraph[] = [];
  body.split('\n').forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const line = index + 1;
    const start = raw.length - raw.trimStart().length + 1;
    const position = { start: { line, column: start }, end: { line, column: start + text.length } };
    children.push({ type: 'paragraph', children: [{ type: 'text', value: text, position }], position });
  });
  return { tree: { type: 'root', children }, chrome: [] };
}
