import type { Scalar, Source } from '../model/source.js';
import { components, normKey } from './normalize.js';

/** Called when two values disagree: the one kept, the one set aside. */
export type OnConflict = (kept: Scalar, other: { text: string; source: Source }) => void;

/**
 * Two values for one field. Equal values collapse; otherwise the more
 * specific one (more parts, then longer) is kept and the other goes to
 * `alternatives`, so nothing is lost. A value that merely refines the other
 * ("Los Gatos, CA" → "Los Gatos, CA, United States") is not a conflict.
 */
export function mergeScalar<T extends Scalar>(a: T | null, b: T | null, onConflict: OnConflict): T | null {
  if (!a || !b) return a ?? b;
  const [ka, kb] = [normKey(a.text), normKey(b.text)];
  if (ka === kb) return a;
  const [kept, other] = moreSpecific(a, b) ? [a, b] : [b, a];
  const alternatives = [...(kept.alternatives ?? []), { text: other.text, source: other.source }, ...(other.alternatives ?? [])];
  const merged: T = { ...kept, alternatives: dedupe(alternatives, kept.text) };
  const refines = hasWords(ka, kb) || hasWords(kb, ka) || sameNumber(a, b);
  if (!refines) onConflict(merged, { text: other.text, source: other.source });
  return merged;
}

/** One key holds the other's words in a row: "los gatos ca" holds "los gatos", "1000" does not hold "100". */
const hasWords = (whole: string, part: string): boolean => ` ${whole} `.includes(` ${part} `);

/** "roughly 900" and "900+ employees" read as the same count: wording differs, the fact agrees. */
function sameNumber(a: Scalar, b: Scalar): boolean {
  const numbers = (s: Scalar): (number | undefined)[] => ['count', 'year', 'amount'].map((k) => (s as Record<string, unknown>)[k] as number | undefined);
  const [na, nb] = [numbers(a), numbers(b)];
  return na.some((n) => n !== undefined) && na.every((n, i) => n === nb[i]);
}

function moreSpecific(a: Scalar, b: Scalar): boolean {
  const [ca, cb] = [components(a.text), components(b.text)];
  if (ca !== cb) return ca > cb;
  return a.text.length >= b.text.length;
}

function dedupe(list: { text: string; source: Source }[], kept: string): { text: string; source: Source }[] {
  const seen = new Set([normKey(kept)]);
  return list.filter((item) => {
    const key = normKey(item.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
