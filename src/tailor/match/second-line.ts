import type { Evidence } from '../../candidate/types.js';
import { compareTerms, type Comparison } from './compare.js';
import type { Term } from './terms.js';

interface Line {
  evidence: Evidence;
  terms: Term[];
}

/**
 * A part of a requirement worth a second line: a named thing ("SQL", "NLP").
 * A shared ordinary word ("collaborating", "processing") would pad the row
 * with a line that adds a verb, not a skill.
 */
const carries = (term: Term): boolean => term.kind !== 'word';

/** Whether `other` names a part of the requirement that `first` leaves out and that says something on its own. */
function addsPart(wanted: readonly Term[], first: Line, other: Line): boolean {
  const had = new Set(first.terms.map((t) => t.key));
  const has = new Set(other.terms.map((t) => t.key));
  return wanted.some((t) => carries(t) && !had.has(t.key) && has.has(t.key));
}

/**
 * The line that, read with `first`, answers most of what `first` leaves out
 * ("Python and SQL": one line on Python, another on SQL), with what the two
 * answer together; null when no line adds a part worth showing. `prefer`
 * breaks ties, as it does between single lines.
 */
export function secondLine(
  wanted: readonly Term[], first: Line, best: Comparison, lines: readonly Line[],
  prefer: (a: Evidence, b: Evidence) => boolean,
): { line: Line; together: Comparison } | null {
  let pick: { line: Line; together: Comparison } | null = null;
  for (const line of lines) {
    if (line === first || line.evidence.kind === 'summary' || line.evidence.text === first.evidence.text || !addsPart(wanted, first, line)) continue;
    const together = compareTerms(wanted, [...first.terms, ...line.terms]);
    const floor = pick?.together.score ?? best.score;
    if (together.score < floor || (together.score === floor && (!pick || !prefer(line.evidence, pick.line.evidence)))) continue;
    pick = { line, together };
  }
  return pick;
}
