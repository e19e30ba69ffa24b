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

export function isPlaceholder(text: string): boolean {
  const value = text.trim().replace(/[.;,]+$/, (m) => (m.length > 1 ? m : ''));
  return value === '' || PLACEHOLDER.some((re) => re.test(value));
}
