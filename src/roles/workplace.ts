/** Words that say where or how a job is done, not what it is. */
const WORKPLACE = /\b(?:remote|hybrid|on-?site|in[- ]office|relocation|anywhere|wfh|work from home)\b/i;

/** `(m/w/d)`, `(f/m/x)`, `(H/F)`, `(all genders)`: who may apply, as German and French job ads write it; not the title. */
const GENDER_MARK = /\s*\((?:[mwfdhx]\*?\s*\/\s*){1,3}[mwfdhx]\*?\)|\s*\((?:all genders|gn\*?)\)/giu;

const MAX_TITLE = 300;

/** A title without its gender mark: `Backend-Entwickler (m/w/d)` → `Backend-Entwickler`. */
export function withoutGenderMark(title: string): string {
  const unmarked = title.length > MAX_TITLE ? title : title.replace(GENDER_MARK, '');
  return unmarked === title ? title : unmarked.trim() || title;
}

/** A line of a job card under its title: where and how (`Chemnitz, Germany · Hybrid`), not another job. */
export function isCardLine(text: string): boolean {
  return WORKPLACE.test(text) && text.split(/\s+/).length <= 10;
}

/** A trailing `— Lisbon or Remote`, `| Remote`, `, Hybrid` or `(Remote, EU)`: the job's place, after its title. */
const TRAILING_PLACE = /(?:\s+[—–-]\s+|\s*\|\s*|,\s+)([^—–|]+)$|\s*\(([^()]+)\)$/u;

/**
 * An opening's title with its workplace taken off: `Data Engineer — Remote
 * (EU)` → `Data Engineer` and `Remote (EU)`. A suffix that names no
 * workplace (`— Reader App`, a team) stays part of the title; a gender
 * mark (`(m/w/d)`) goes.
 */
export function splitWorkplace(written: string): { title: string; workplace?: string } {
  // The patterns start at every space of a long run of them (quadratic); a line this long is no title anyway.
  if (written.length > MAX_TITLE) return { title: written };
  const title = withoutGenderMark(written);
  const match = TRAILING_PLACE.exec(title);
  const place = (match?.[1] ?? match?.[2])?.trim();
  if (!match || !place || !WORKPLACE.test(place)) return { title };
  const rest = title.slice(0, match.index).trim();
  return /\p{L}/u.test(rest) ? { title: rest, workplace: place } : { title };
}
