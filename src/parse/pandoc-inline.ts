/**
 * Pandoc's inline extensions as its reader sees them: a bracketed span with
 * attributes (`[Oriel Ledger]{.underline}`, `[key text]{.mark}`) is its
 * text, an image's or link's attributes (`{width="1.6in"}`) are not shown,
 * and `--` / `---` are the en and em dashes its smart quotes wrote that way.
 */
// `{.underline}`, `{#id .class}`, `{width="1in" height="2in"}`: pandoc's attributes, never text.
const ATTRIBUTES = String.raw`\{(?=[.#]|[\w-]+=)[^{}\n]{0,200}\}`;
// `[^[\]]` stops at the next bracket, so a span may wrap over lines and the scan stays linear.
const SPAN = new RegExp(String.raw`\[([^[\]]*)\]${ATTRIBUTES}`, 'g');
const AFTER_LINK = new RegExp(String.raw`(?<=[)\]])${ATTRIBUTES}`, 'g');

/** A document's spans as their text and its image and link attributes left out, line for line. */
export function unwrapSpans(body: string): string {
  // A span inside a span comes out one level a pass; each pass shortens the text, so this ends.
  let text = body;
  for (let next = unwrap(text); next !== text; next = unwrap(text)) text = next;
  return text;
}

const unwrap = (text: string): string => text.replace(SPAN, '$1').replace(AFTER_LINK, '');

/** `£65,000 -- £80,000` → `£65,000 – £80,000`; a rule (`---`) or an arrow (`-->`) stays. */
export function spellDashes(line: string): string {
  if (/^\s*(?:-\s*){3,}$/.test(line)) return line;
  // Not inside code: `dbt --full-refresh` is a flag, written as typed.
  return line
    .split(/(`+[^`]*`+)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![-<!])---(?![->])/g, '—').replace(/(?<![-<!])--(?![->])/g, '–')))
    .join('');
}
