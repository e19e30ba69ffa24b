import { unshouted } from '../roles/role-nouns.js';

/**
 * "Your application as …" in the languages the heading table holds: the
 * words of an application (`Bewerbung`, `candidature`, `candidatura`), up to
 * three words more, then what comes before a job's title (`als`, `au poste
 * de`, `para el puesto de`). Data, not a profile's words.
 */
const APPLIED_FOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:bewerbung|application|applying|candidature|candidatura|postulaci[oó]n)(?:\s+\p{L}+){0,3}?\s+` +
    String.raw`(?<before>als|as|for the (?:role|position) of|(?:au|pour le) poste d(?:e\s+|')|en tant que|para el puesto de|como)\s*(?<title>[^–—|,(:;!?]+)`,
  'iu',
);

/**
 * The job a mail's subject says one applied for, in a language whose titles
 * end in no English role noun (`Ihre Bewerbung als Softwareentwicklerin
 * (m/w/d)`, `candidature au poste de développeuse backend`): the words after
 * "as", up to a dash, comma or bracket. Undefined for a subject naming none.
 */
export function appliedFor(subject: string): string | undefined {
  const groups = APPLIED_FOR.exec(subject)?.groups;
  const title = groups?.['title']?.replace(/\s+-\s.*$/u, '').trim();
  if (!title || !/\p{L}/u.test(title) || title.split(/\s+/).length > 6) return undefined;
  // "application as discussed": after a bare "as" a title is a capitalized name (German nouns are too).
  if (/^(?:as|als)$/i.test(groups?.['before'] ?? '') && !/^\p{Lu}/u.test(title)) return undefined;
  return unshouted(title);
}
