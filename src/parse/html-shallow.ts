/**
 * A page nested deeper than the HTML parser's tree conversion can recurse
 * (a thousand levels overflow the stack) with its deepest start tags taken
 * out, their text kept: only for a page that overflowed once. The depth is
 * counted loosely (an element another closes implicitly stays counted), so
 * it is never less than the parser's own.
 */
const MAX_OPEN = 100;
// A name ends at a space or `/`, so nothing backtracks; a tag with no `>` before the next `<` is left as it is.
const TAG = /<(\/?)([a-zA-Z][^\s/<>]*)(?:[\s/][^<>]*)?>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const BLOCK = /^(?:address|article|aside|blockquote|dd|div|dl|dt|figure|h[1-6]|header|li|main|ol|p|section|table|tr|ul)$/;

export function flattenDeepTags(html: string): string {
  const open: string[] = [];
  const counts = new Map<string, number>();
  // Where the last tag taken out for a line break ended: a run of them, side by side, is one break.
  let brokeAt = -1;
  return html.replace(TAG, (tag: string, slash: string, raw: string, at: number) => {
    const name = raw.toLowerCase();
    if (slash === '/') {
      // Closes the innermost element of its name and those inside it; an end tag that closes nothing changes nothing.
      while ((counts.get(name) ?? 0) > 0) {
        const popped = open.pop()!;
        counts.set(popped, (counts.get(popped) ?? 1) - 1);
        if (popped === name) break;
      }
      return tag;
    }
    if (VOID.has(name) || tag.endsWith('/>')) return tag;
    if (open.length < MAX_OPEN) {
      open.push(name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return tag;
    }
    // Its newlines stay, so every later line keeps its number.
    const lineBreak = BLOCK.test(name) && brokeAt !== at ? '<br>' : '';
    if (BLOCK.test(name)) brokeAt = at + tag.length;
    return lineBreak + tag.replace(/[^\n]/g, '');
  });
}
