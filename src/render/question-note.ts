import type { Question } from '../model/packet.js';

/**
 * What a question's origin adds to the question, printed after it: nothing
 * when the origin is only its kind (`profile`, `news`: the citation says
 * where it came from) or when the question already quotes it (`value:
 * Judgment` for "… lists "Judgment" among what it values"); the kind alone
 * when its detail is a cut-off excerpt the question does not quote
 * (`culture: The keeper-test talent philosophy contributes to high per…`).
 */
export function questionNote(question: Pick<Question, 'text' | 'origin'>): string | null {
  const colon = question.origin.indexOf(': ');
  if (colon < 0) return null;
  const kind = question.origin.slice(0, colon);
  const detail = question.origin.slice(colon + 2).trim();
  const cut = detail.endsWith('…');
  const quoted = (cut ? detail.slice(0, -1) : detail).trim().toLowerCase();
  if (quoted === '' || question.text.toLowerCase().includes(quoted)) return null;
  return cut ? kind : question.origin;
}
