import type { Draft } from '../extract/draft.js';
import { jobTitleIn } from '../roles/role-nouns.js';
import { normKey } from './normalize.js';
import { unshoutedName } from './unshouted-name.js';
import { namesSite, standsInChrome } from './masthead.js';
import { classifyHeading } from '../classify/headings.js';
import { escapeRegExp } from '../escape-regexp.js';
import { anyCase, idPattern, LEGAL_FORM, matchFolded, NAME_WORD } from './name-patterns.js';
import { reportTitleNameIn } from './report-title.js';

/**
 * The company's display name: front matter `company`, a `Company:` line or a
 * filing's registered name (as written, or as its prose spells it when it is
 * in capitals), else a longer name the documents give (a summary's subject,
 * a registered title, a report's or a call's title, a page's masthead), else the id as the documents spell
 * it in their titles ("Company Profile: Netflix"), else the id in title case.
 */
export function nameOf(drafts: readonly Draft[], id: string): string {
  const given = drafts.map((d) => d.doc.frontMatter.company?.trim()).find(Boolean);
  if (given) return given;
  const declared = drafts.map((d) => d.declaredName?.text).find(Boolean);
  if (declared) return unshoutedName(declared, drafts);
  const words = id.split('-').filter(Boolean);
  const pattern = new RegExp(`${idPattern(words)}(?![\\p{L}\\p{N}])`, 'iu');
  // Case-sensitive, for the capitals of the words after the id's; the id's own letters match in either case.
  const longer = fullNameIn(drafts, new RegExp(`${idPattern(words.map(anyCase))}${MORE_NAME_WORDS}`, 'u')) ?? legalNameIn(drafts, words) ?? reportTitleNameIn(drafts, words) ?? japaneseLegalNameIn(drafts) ?? mastheadNameIn(drafts, words);
  if (longer) return longer;
  // A letterhead in capitals (`HARROWDENE BUILDING SOCIETY`) shouts the name another title line spells.
  const found = drafts.flatMap((d) => d.names).map((fact) => matchFolded(pattern, fact.text)).filter((name) => name !== undefined);
  const spelled = found.find((name) => /\p{Ll}/u.test(name)) ?? found[0];
  return spelled ?? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

/**
 * A name longer than the id, as a summary sentence writes it before its
 * verb: "Tidewater Robotics builds…" for `tidewater`. Only from the
 * summary, where the company is the subject, never from a heading
 * ("Acme Engineering SWOT Analysis").
 */
function fullNameIn(drafts: readonly Draft[], pattern: RegExp): string | undefined {
  for (const draft of drafts) {
    const summary = draft.company.overview.summary?.text;
    const found = summary === undefined ? undefined : matchFolded(pattern, summary);
    // "Tindrel Data Engineer onsite, …": capitals that end in a job title are the role after the name, not more of it.
    if (found && jobTitleIn(found) === undefined && isFirstMention(summary!, found)) return found;
  }
  return undefined;
}

/** "Tindrel is a fintech … its products are the Tindrel Card, Tindrel Expenses and …": the name is where the summary first names the company (as a word: not `ark` in "Denmark"); later mentions are its products. */
function isFirstMention(summary: string, found: string): boolean {
  const first = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(found.split(/\s+/)[0]!)}(?![\\p{L}\\p{N}])`, 'iu');
  return summary.search(first) === summary.indexOf(found);
}

/** Capitalized words after the id's ("Tidewater" + " Robotics"), a legal form perhaps (", Inc."), then the lowercase verb of the sentence. */
const MORE_NAME_WORDS = String.raw`(?:\s+${NAME_WORD}){1,3}(?:,?\s+${LEGAL_FORM})?(?=\s+\p{Ll})`;

/**
 * A title line that is the company's registered name: the id's words, up to
 * three capitalized words more, and a legal form ("Brunnwerk
 * Präzisionstechnik GmbH" for `brunnwerk`). The whole line, never part of one.
 */
function legalNameIn(drafts: readonly Draft[], words: readonly string[]): string | undefined {
  const pattern = new RegExp(String.raw`^${idPattern(words.map(anyCase))}(?:\s+${NAME_WORD}){0,3},?\s+${LEGAL_FORM}$`, 'u');
  for (const fact of drafts.flatMap((d) => d.names)) {
    const found = matchFolded(pattern, fact.text.trim());
    if (found) return found;
  }
  return undefined;
}

/** Japanese legal forms, written before the name (`株式会社しらかば`) or after it (`水楢精機株式会社`), and their short forms. */
const JAPANESE_LEGAL_FORM = '(?:株式会社|有限会社|合同会社|合資会社|合名会社|[（(]株[）)]|[（(]有[）)])';
const JAPANESE_NAME = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々・]{1,20}`;
const JAPANESE_REGISTERED = new RegExp(`^(?:${JAPANESE_LEGAL_FORM}${JAPANESE_NAME}|${JAPANESE_NAME}${JAPANESE_LEGAL_FORM})$`, 'u');

/**
 * The registered-name rule of `legalNameIn` for a title in Japanese, which
 * an ASCII id cannot spell: a document's title line that is a name and its
 * legal form, nothing else. Only a title: a name under it may be a customer's.
 */
function japaneseLegalNameIn(drafts: readonly Draft[]): string | undefined {
  return drafts.map((draft) => draft.title?.trim()).find((title) => title !== undefined && JAPANESE_REGISTERED.test(title));
}

/**
 * A title line that stands among page chrome, as a job board prints the
 * company's name between its `Skip to main content` and `Search for Jobs`
 * ("Tarnhollow Acoustics" for `tarnhollow`): the id's words and up to three
 * capitalized words more. Never a heading the table knows or a job title,
 * which a page may print there too.
 */
function mastheadNameIn(drafts: readonly Draft[], words: readonly string[]): string | undefined {
  const pattern = new RegExp(String.raw`^${idPattern(words.map(anyCase))}(?:\s+${NAME_WORD}){1,3}$`, 'u');
  // Only a page scraped to text has a masthead: a markup title (`# …`, AsciiDoc's `= …`) is the author's name for the document.
  for (const draft of drafts.filter((d) => d.doc.kind === 'text')) {
    const title = draft.names.find((fact) => fact.text === draft.title);
    const found = title && matchFolded(pattern, title.text.trim());
    if (found && !classifyHeading(found) && !jobTitleIn(found) && !namesSite(found) && standsInChrome(draft, title.source.line)) return found;
  }
  return undefined;
}

/** Lines that only name the company count as mapped: the name is in the model. */
export function markNameLines(drafts: readonly Draft[], name: string): void {
  const key = normKey(name);
  for (const draft of drafts) {
    for (const fact of draft.names) if (normKey(fact.text) === key) draft.mapped.add(fact.source.line);
  }
}

/** A note that only names the company is a logo or a title line, not a note. */
export function withoutNameLines<T extends { text: string }>(notes: readonly T[], name: string): T[] {
  const key = normKey(name);
  return notes.filter((note) => normKey(note.text) !== key);
}

export function aliasesOf(drafts: readonly Draft[]): string[] {
  const seen = new Map<string, string>();
  for (const alias of drafts.flatMap((d) => d.doc.frontMatter.aliases ?? [])) {
    const text = String(alias).trim();
    if (text && !seen.has(normKey(text))) seen.set(normKey(text), text);
  }
  return [...seen.values()];
}
