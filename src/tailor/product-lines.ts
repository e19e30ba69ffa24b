import type { Packet } from '../model/packet.js';
import type { Fact } from '../model/source.js';
import { escapeRegExp } from '../escape-regexp.js';

type Highlight = Omit<Packet['highlights'][number], 'score'>;

/** Words a sentence puts before a product's name without changing its subject: "The ads plan adds…". */
const LEAD = String.raw`(?:(?:the|our)\s+)?`;

/** Not followed by more of a word: `Fare Engine` is not the subject of "Fare Engineering…". */
const WORD_END = String.raw`(?![\p{L}\p{N}])`;

const subjectPattern = (name: string): RegExp =>
  new RegExp(`^${LEAD}${name.trim().split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`)}${WORD_END}`, 'iu');

/**
 * The product a line is about: the one whose name it starts with (after
 * "The"/"Our"), longest name first. A name that is also the company's
 * is not a product's subject, since the company does everything; a line that
 * is only the name says nothing about it.
 */
export function productSubject(text: string, names: readonly string[], company: string): string | undefined {
  const companyKey = company.trim().toLowerCase();
  const candidates = names.filter((name) => name.trim() && name.trim().toLowerCase() !== companyKey);
  const sorted = [...candidates].sort((a, b) => b.length - a.length);
  return sorted.find((name) => {
    const match = subjectPattern(name).exec(text.trim());
    return match !== null && /[\p{L}\p{N}]/u.test(text.trim().slice(match[0].length));
  });
}

/**
 * Folds each initiative whose subject is a named product into that product's
 * highlight as a `related` line, so the product is listed once with
 * everything said about it; other highlights pass through in order.
 */
export function foldProductLines<T extends Highlight>(drafts: readonly T[], company: string): T[] {
  const products = new Map(drafts.filter((d) => d.kind === 'product').map((d) => [d.title, d] as const));
  const names = [...products.keys()];
  const related = new Map<string, Fact[]>();
  const rest = drafts.filter((d) => {
    const name = d.kind === 'initiative' ? productSubject(d.text, names, company) : undefined;
    if (name === undefined) return true;
    related.set(name, [...(related.get(name) ?? []), { text: d.text, source: d.source }]);
    return false;
  });
  return rest.map((d) => {
    const lines = d.kind === 'product' ? related.get(d.title) : undefined;
    return lines ? { ...d, related: [...(d.related ?? []), ...lines] } : d;
  });
}
