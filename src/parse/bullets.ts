/** A bullet line taken apart: its marker, whether numbered, and where the item text starts. */
export interface Bullet {
  ordered: boolean;
  /** The number of a numbered item. */
  start?: number;
  /** Item text, without marker. */
  text: string;
  /** Offset of the item text within the trimmed line. */
  offset: number;
  /** Outline level the glyph implies (`●` 0, `○` 1, `■` 2), for exports that drop indentation. */
  level: number;
}

// Word processors mark outline levels by glyph: ● / ○ / ■ (Google Docs), • / o / ▪ or § (Word).
const GLYPH_LEVELS: Readonly<Record<string, number>> = { '○': 1, '◦': 1, 'o': 1, '■': 2, '▪': 2, '□': 2, '§': 2, '\uF0A7': 2 };
// Word's plain-text export writes its level-2 and level-3 glyphs as letters, `o` and `§`, always before a tab;
// a Symbol-font bullet comes out as a private-use character.
const WORD = /^([o§\uF0B7\uF0A7])\t\s*/u;
/** Levels a glyph can imply; an indentation step always outranks them. */
const GLYPH_LEVEL_COUNT = 3;

/** How deep a line sits: its indentation first, then the outline level its bullet glyph implies (`○` under `●`). */
export function depthOf(indent: number, bullet?: Bullet): number {
  return indent * GLYPH_LEVEL_COUNT + (bullet?.level ?? 0);
}

// Typographic bullets may touch their text; ASCII markers and dashes need a space, as in markdown.
// Japanese text lists with the katakana middle dot (`・`, half-width `･`).
const SYMBOL = /^([•·▪◦‣●○■□➢➤►✓✔→・･])\s*/u;
const ASCII = /^([-*+–—])\s+/u;
// Up to three digits: `2024. A record year` is a sentence, not item 2024.
const NUMBERED = /^(\d{1,3})[.)]\s+/;

export function parseBullet(text: string): Bullet | undefined {
  const symbol = SYMBOL.exec(text) ?? ASCII.exec(text) ?? WORD.exec(text);
  if (symbol) {
    const rest = text.slice(symbol[0].length);
    const level = GLYPH_LEVELS[symbol[1]!] ?? 0;
    return rest.trim() === '' ? undefined : { ordered: false, text: rest.trimEnd(), offset: symbol[0].length, level };
  }
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const rest = text.slice(numbered[0].length);
    return rest.trim() === '' ? undefined : { ordered: true, start: Number(numbered[1]), text: rest.trimEnd(), offset: numbered[0].length, level: 0 };
  }
  return undefined;
}
