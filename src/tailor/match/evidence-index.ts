import { implications } from './implied-skills.js';
import type { Term } from './terms.js';

/** What the evidence holds for a requirement's term: its own term, or a narrower thing that shows it. */
export interface Found {
  term: Term;
  /** "kafka → distributed systems" where the term is implied, not written. */
  via: string | null;
}

/** Where the requirement's keys run through `run` in order, side by side. */
function holdsRun(keys: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && keys.some((_, i) => run.every((k, j) => keys[i + j] === k));
}

/** The evidence's terms by key, plus the broad skills of the requirement that its narrower things show. */
export function indexEvidence(requirement: readonly Term[], evidence: readonly Term[]): Map<string, Found> {
  const byKey = new Map<string, Found>();
  for (const term of evidence) if (!byKey.has(term.key)) byKey.set(term.key, { term, via: null });
  const wanted = requirement.map((t) => t.key);
  for (const { name, skill, shownBy } of implications()) {
    if (skill.every((k) => byKey.has(k)) || !holdsRun(wanted, skill)) continue;
    const shown = shownBy.find((s) => s.keys.every((k) => byKey.has(k)));
    if (!shown) continue;
    const said = shown.keys.length === 1 ? (byKey.get(shown.keys[0] ?? '')?.term.surface ?? shown.name) : shown.name;
    // The whole skill is answered by the narrower thing, words the evidence happens to share included.
    for (const key of skill) byKey.set(key, { term: { key, surface: said, kind: 'concept' }, via: `${said} → ${name}` });
  }
  return byKey;
}
