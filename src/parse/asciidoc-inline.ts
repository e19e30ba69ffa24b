import { rewriteMarks } from './inline-marks.js';

/**
 * AsciiDoc's inline markup as markdown's: `*bold*` → `**bold**`, `_it_` →
 * `*it*`, `link:url[text]` and `https://url[text]` → `[text](url)`,
 * `<<id,text>>` → `text`, and `{attribute}` references, which only the
 * AsciiDoc processor can fill in, dropped.
 */
export function asciidocInline(text: string): string {
  const linked = text
    .replace(/\blink:([^\s[]+)\[([^\]\n]+)\]/g, '[$2]($1)')
    .replace(/\b(https?:\/\/[^\s[]+)\[([^\]\n]+)\]/g, '[$2]($1)')
    .replace(/\b(https?:\/\/[^\s[]+)\[\]/g, '$1')
    .replace(/<<[^,>\n]+,\s*([^>\n]+)>>/g, '$1')
    .replace(/<<([^,>\n]+)>>/g, '$1')
    .replace(/\{[a-z][\w-]*\}/gi, '');
  return rewriteMarks(rewriteMarks(linked, '*', '**'), '_', '*');
}
