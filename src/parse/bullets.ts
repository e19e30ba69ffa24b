/** A bullet line taken apart: its marker, whether numbered, and where the item text starts. */
export interface Bullet {
  ordered: boolean;
  /** The number of a numbered item. */
  start?: number;
  /** Item text, without marker. */
  text: string;
  /** Offset of the item text within the trimmed line. */
  offset: number;
}

// Typographic bullets may touch their text; ASCII markers and dashes need a space, as in markdown.
const SYMBOL = /^([•·▪◦‣●○■□➢➤►✓✔→])\s*/u;
const ASCII = /^([-*+–—])\s+/u;
// Up to three digits: `2024. A record year` is a sentence, not item 2024.
const NUMBERED = /^(\d{1,3})[.)]\s+/;

export function parseBullet(text: string): Bullet | undefined {
  const symbol = SYMBOL.exec(text) ?? ASCII.exec(text);
  if (symbol) {
    const rest = text.slice(symbol[0].length);
    return rest.trim() === '' ? undefined : { ordered: false, text: rest.trimEnd(), offset: symbol[0].length };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const rest = text.slice(numbered[0].length);
    return rest.trim() === '' ? undefined : { ordered: true, start: Number(numbered[1]), text: rest.trimEnd(), offset: numbered[0].length };
  }
  return undefined;
}
