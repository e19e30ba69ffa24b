/** Words that say where or how a job is done, not what it is. */
const WORKPLACE = /\b(?:remote|hybrid|on-?site|in[- ]office|relocation|anywhere|wfh|work from home)\b/i;

/** A trailing `— Lisbon or Remote`, `| Remote`, `, Hybrid` or `(Remote, EU)`: the job's place, after its title. */
const TRAILING_PLACE = /(?:\s+[—–-]\s+|\s*\|\s*|,\s+)([^—–|]+)$|\s*\(([^()]+)\)$/u;

/**
 * An opening's title with its workplace taken off: `Data Engineer — Remote
 * (EU)` → `Data Engineer` and `Remote (EU)`. A suffix that names no
 * workplace (`— Reader App`, a team) stays part of the title.
 */
export function splitWorkplace(title: string): { title: string; workplace?: string } {
  const match = TRAILING_PLACE.exec(title);
  const place = (match?.[1] ?? match?.[2])?.trim();
  if (!match || !place || !WORKPLACE.test(place)) return { title };
  const rest = title.slice(0, match.index).trim();
  return /\p{L}/u.test(rest) ? { title: rest, workplace: place } : { title };
}
