import { stemmer } from 'stemmer';
import { baseWord } from './derivations.js';
import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { lysisFamily } from './light-stem.js';

// Words recur across companies, so the stems stay few: cached up to a bound, memory flat however large a batch.
const STEM_LIMIT = 50_000;
/** Porter turns a final y after a vowel into i only sometimes ("deployed" → deploi, "deployment" → deploy): always y. */
const VOWEL_Y = /([aeou])i$/;
const stems = new Map<string, string>();

/** A word's match stem: "wrote" and "writing" meet "write", "analyst" meets "analysis", "leadership" meets "led". */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = lysisFamily(word) ?? stemmer(IRREGULAR_VERBS.get(word) ?? baseWord(word)).replace(VOWEL_Y, '$1y');
    if (stems.size < STEM_LIMIT) stems.set(word, s);
  }
  return s;
}
