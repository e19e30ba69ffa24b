/**
 * Constructs that can carry a `## ` line inside them or tie one part of the
 * document to another: fenced code (the fence may sit after container
 * markers), HTML blocks (`<` first on a line, after any indent or container
 * markers; some run to a blank line or an end marker), and link or footnote
 * definitions (`]:`), which references anywhere else resolve against. Escaped
 * packet text never contains any of them, so only templates can; a
 * `--template` that uses them is normalized whole.
 */
const SPANS_SECTIONS = /```|~~~|\]:|(?:^|[\r\n])[ \t>*+\-0-9.)]*</;

/** Whether the blocks of this text can be parsed apart (see SPANS_SECTIONS). */
export function canSplit(markdown: string): boolean {
  return !SPANS_SECTIONS.test(markdown);
}

/**
 * A level-2 ATX heading opening a line: `##` then a space, a tab or the end of
 * the line. Only `\n` counts as the line start here: `\r` alone also ends a
 * markdown line, but not splitting there is always safe; splitting where
 * markdown sees no line start (JavaScript's `^` also matches after U+2028) is not.
 */
const SECTION_START = /\n(?=##(?:[ \t\r\n]|$))/g;

/**
 * Splits markdown before each top-level `## ` heading, so that every part but
 * the first starts with that heading. Such a heading closes every open block
 * (a paragraph, list, quote, table or indented code ends there), so each part
 * parses to exactly the nodes the whole document has there, provided nothing
 * in {@link SPANS_SECTIONS} occurs; otherwise the document is one part.
 */
export function splitSections(markdown: string): string[] {
  if (!canSplit(markdown)) return [markdown];
  const parts: string[] = [];
  let start = 0;
  for (const match of markdown.matchAll(SECTION_START)) {
    const end = match.index + 1;
    parts.push(markdown.slice(start, end));
    start = end;
  }
  parts.push(markdown.slice(start));
  return parts;
}
