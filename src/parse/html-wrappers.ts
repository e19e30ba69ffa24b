import type { ChromeLine } from './types.js';

/**
 * Notes apps export a callout as `<aside>…</aside>` and a toggle as
 * `<details><summary>Title</summary>…</details>` around ordinary markdown,
 * which markdown would keep as raw HTML, words and all. The lines holding
 * only such a tag (the summary with its title: a fold's label, not a fact)
 * are chrome; what is between them reads as the text it is.
 */
const WRAPPER_TAG = /^\s*(?:<\/?(?:aside|details|div|section|figure|center)(?:\s[^<>]*)?>|<summary(?:\s[^<>]*)?>[^<>]*<\/summary>)\s*$/i;

export function htmlWrapperLines(body: string): ChromeLine[] {
  return body.split('\n').flatMap((text, i) => (WRAPPER_TAG.test(text) ? [{ line: i + 1, text: text.trim() }] : []));
}

/** The text with the given lines emptied, every line where it was. */
export function blankLines(body: string, chrome: readonly ChromeLine[]): string {
  if (chrome.length === 0) return body;
  const lines = body.split('\n');
  for (const { line } of chrome) lines[line - 1] = '';
  return lines.join('\n');
}
