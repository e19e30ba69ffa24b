/**
 * Template placeholders: a value that only says what should go there.
 * `[Yes/No]`, `<company>`, `{{name}}`, `TBD`, `N/A`, `...`, or nothing at all.
 */
const PLACEHOLDER = [
  /^\[[^\]]*\]$/,
  /^<[^>]*>$/,
  /^\{\{?[^}]*\}\}?$/,
  /^(?:tbd|tba|tbc|todo|fixme|n\/?a|none|unknown|pending|xx+|\?+|-+|—|–|_+|\.{2,}|…)$/i,
];

/** Elements a note pasted from a web page holds on lines of their own. */
const HTML_ELEMENTS = 'html|head|body|main|header|footer|nav|section|article|aside|div|span|p|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|details|summary|br|hr|center|figure|blockquote|pre|code|style|script';

/**
 * An HTML tag is markup, not a blank to fill: a closing tag (`</div>`), one
 * with attributes (`<div class="card">`), a self-closing one, a declaration
 * (`<!DOCTYPE html>`) or an element's bare name (`<section>`).
 */
const HTML_TAG = new RegExp(`^<(?:/|!|[a-z][\\w-]*\\s+[\\w-]+\\s*=|[^>]*/>$|(?:${HTML_ELEMENTS})>$)`, 'i');

export function isPlaceholder(text: string): boolean {
  const value = text.trim().replace(/[.;,]+$/, (m) => (m.length > 1 ? m : ''));
  return value === '' || (!HTML_TAG.test(value) && PLACEHOLDER.some((re) => re.test(value)));
}
