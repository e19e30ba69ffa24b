/**
 * "Python, Java, and Scala" → three items. Commas and semicolons inside
 * parentheses do not split: "AWS (primary, us-east)" stays one item.
 */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth = Math.max(0, depth - 1);
    if ((char === ',' || char === ';') && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items.map((item) => item.trim().replace(/^(?:and|or)\s+/i, '').replace(/\.$/, '').trim()).filter(Boolean);
}

/** A line that reads like a name or a tag, not a sentence. */
export function isShort(text: string, words = 6): boolean {
  return text.split(/\s+/).length <= words && !/[.!?]$/.test(text.trim());
}

/** A sentence of some length, not a list of names: "We compete with large companies, including A and B, and with …". */
export function isProse(text: string): boolean {
  return text.split(/\s+/).length > 12 && /[.!?]["”)]?$/u.test(text.trim());
}

/** Surrounding straight or curly quotes dropped: `"How …?"` → `How …?`. */
export function unquote(text: string): string {
  const match = /^["“'‘](.*)["”'’]$/s.exec(text.trim());
  return match?.[1] !== undefined && !/["“”]/.test(match[1]) ? match[1].trim() : text.trim();
}

export function camelCase(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.map((word, i) => (i === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('') || 'other';
}
