import { byCodeUnit } from '../../code-unit-order.js';
import { escapeRegExp } from '../../escape-regexp.js';
import { PROTECTED_TOKENS } from '../../technologies.js';

/** A word of text: its normalized form and the form as written (case kept). */
export interface Token {
  norm: string;
  raw: string;
  /** Joined to a word by a hyphen, `&` or an apostrophe: "go" in "go-to-market", "r" in "R&D". */
  glued: boolean;
  /** A comma between the previous token and this one: the next item of a list. */
  listed: boolean;
}

const GLUE_BEFORE = /[\p{L}\p{N}][-&'’]$/u;
const GLUE_AFTER = /^[-&'’][\p{L}\p{N}]/u;

const protectedAlternation = [...PROTECTED_TOKENS]
  .sort((a, b) => b.length - a.length || byCodeUnit(a, b))
  .map(escapeRegExp)
  .join('|');
// Protected names first, then `name.js`, then plain alphanumeric runs.
const TOKEN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${protectedAlternation})(?![\\p{L}\\p{N}+#])|[\\p{L}\\p{N}]+(?:\\.js\\b)?`, 'giu');

/** Splits text into tokens, keeping `c++`, `c#`, `node.js`, `ci/cd` and `a/b` whole. */
export function tokenize(text: string): Token[] {
  const source = text.normalize('NFKC');
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of source.matchAll(TOKEN)) {
    const raw = match[0];
    const end = match.index + raw.length;
    const glued = GLUE_BEFORE.test(source.slice(Math.max(0, match.index - 2), match.index)) || GLUE_AFTER.test(source.slice(end, end + 2));
    tokens.push({ raw, norm: raw.toLowerCase(), glued, listed: tokens.length > 0 && source.slice(previousEnd, match.index).includes(',') });
    previousEnd = end;
  }
  return tokens;
}

/** Lower-case text with punctuation folded to single spaces, protected names kept. */
export function normalizeTokens(text: string): string {
  return tokenize(text)
    .map((t) => t.norm)
    .join(' ');
}
