import type { Classified } from '../classify/classify.js';
import { makeFact, mark, type Draft } from './draft.js';
import { entriesOf, rowAsLabelled, type Entry } from './entries.js';
import { GLUED_LABELS, fieldOfLabel, type Field } from './fields.js';
import { setField, setMission } from './overview.js';
import { readProseFacts } from './prose-facts.js';
import { readBased } from './based-hint.js';
import { isShort } from './split.js';
import { isCardLine } from '../roles/workplace.js';
import { takeEntry } from './take.js';

const FLAG = /^\s*(?:\p{Regional_Indicator}{2}|[\u{1F4CD}\u{1F3E2}\u{1F30D}-\u{1F30F}])\s*/u;
const GLUED = new RegExp(`(${GLUED_LABELS.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*:\\s*`, 'i');

/**
 * The loose top of a page and an overview section: labelled fields, a
 * location line behind a flag emoji, a mission ("To …"), a one-line summary
 * and the short lines that may name the company.
 */
export function extractFields(draft: Draft, classified: Classified, rest?: (entry: Entry) => void): void {
  // Under an "About" heading a one-line blurb is the summary however short; elsewhere it takes a sentence of some length.
  const about = classified.kind === 'overview';
  for (const entry of entriesOf(classified.section.content).map(rowAsLabelled)) {
    if (takeEntry(draft, entry, classified.kind)) continue;
    if (readLoose(draft, entry, about)) mark(draft, entry.node);
    else rest?.(entry);
  }
  // A table whose rows filled fields: its header row (often empty, `| | |`) and rule belong to it.
  for (const node of classified.section.content) {
    if (node.type === 'table' && node.children.slice(1).some((row) => draft.mapped.has(row.position?.start.line ?? 0))) mark(draft, node);
  }
}

function readLoose(draft: Draft, entry: Entry, about: boolean): boolean {
  const summaryWords = about ? 4 : 8;
  const text = entry.text;
  if (!entry.labelled && entry.node.type === 'paragraph') {
    readProseFacts(draft, text, entry.line);
    readBased(draft, text, entry.line);
  }
  const glued = GLUED.exec(text);
  if (glued?.[1] && glued.index > 0) {
    // "🇺🇸 Los Gatos, CA, United StatesMarket Cap: $280B": a field glued to the line before it.
    const field = fieldOfLabel(glued[1]);
    if (field) setField(draft, field, text.slice(glued.index + glued[0].length), entry.line, glued[1]);
    readLoose(draft, { ...entry, text: text.slice(0, glued.index) }, about);
    return true;
  }
  // The reader takes a flag emoji off a line and keeps its country; markdown keeps the emoji.
  const country = entry.node.type === 'paragraph' && entry.node.data?.country;
  // `📍 Lisbon, Portugal · Hybrid · Full-time` under a posting's title: where the job is, not the headquarters.
  if ((country || FLAG.test(text)) && isCardLine(text.replace(FLAG, ''))) return pushWorkplace(draft, text.replace(FLAG, ''), entry);
  if (country || FLAG.test(text)) return set(draft, 'headquarters', text.replace(FLAG, ''), entry.line);
  // A page's mission line is the one it repeats (the reader drops the repeats as chrome) or a "To …" line.
  const repeated = draft.doc.chrome.some((line) => line.text.trim() === text);
  if (repeated || (/^(?:to|our mission is to)\s/i.test(text) && text.split(/\s+/).length >= 5)) {
    setMission(draft, text, entry.line);
    return true;
  }
  if (isShort(text, 4) && !(summaryWords < 8 && /[.!]$/.test(text))) {
    // A name only if merge picks it as the company's: until then it is unmapped.
    draft.names.push(makeFact(draft, text, entry.line));
    return false;
  }
  // One summary per document: the first sentence-long line that names the company; under "About" before any other.
  const first = (draft.company.overview.summary === null || (about && !draft.summaryFromAbout)) && !entry.labelled;
  // A summary starts as a sentence does (`iRobot builds…` too); a chat message in lowercase is no summary.
  const sentence = /^(?:\p{Lu}|\p{N}|\p{Ll}\p{Lu}|["“])/u.test(text);
  if (first && sentence && isStatement(text) && text.split(/\s+/).length >= summaryWords && namesCompany(draft, text)) {
    draft.summaryFromAbout = about;
    return replaceSummary(draft, fromTheCompany(draft, text), entry.line);
  }
  return false;
}

/**
 * A summary states something: a sentence with words in lowercase, not a
 * title (`Acme Systems, Inc. (ACME) Q3 2025 Earnings Call Transcript`) nor a
 * question (`Acme Data Engineer onsite, what to expect?`).
 */
function isStatement(text: string): boolean {
  const first = text.split(/(?<=[.!?])\s+/)[0] ?? '';
  return !first.includes('?') && /(?:^|\s)\p{Ll}{2,}/u.test(text);
}

/** A pointer to the website at the end of an "About" paragraph: `For more information, visit www.acme.example.` */
const MORE_AT = /^(?:for more information|to learn more|learn more|find out more|more information)\b.{0,40}\b(?:visit|see|go to|at)\b/i;

/**
 * A summary from its first sentence that names the company, without a
 * pointer to the website after it: a mail's `As promised, the description
 * is below.` before it and a press release's `For more information, visit …` are no part of it.
 */
function fromTheCompany(draft: Draft, text: string): string {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const first = Math.max(0, sentences.findIndex((sentence) => namesCompany(draft, sentence)));
  const kept = sentences.slice(first).filter((sentence, i) => i === 0 || !MORE_AT.test(sentence));
  return kept.length === sentences.length ? text : kept.join(' ');
}

/** A summary under "About" takes the place of one read before it, which stays a note. */
function replaceSummary(draft: Draft, text: string, line: number): boolean {
  const earlier = draft.company.overview.summary;
  if (earlier) draft.company.notes.push(earlier);
  draft.company.overview.summary = null;
  return set(draft, 'summary', text, line);
}

function set(draft: Draft, field: Field, text: string, line: number): boolean {
  return setField(draft, field, text, line);
}

/** "What They Build", "Business Model", "Mission": sections that hold one value. */
export function extractScalar(draft: Draft, classified: Classified, field: Field | 'mission'): void {
  const entries = entriesOf(classified.section.content);
  const text = entries.map((entry) => entry.text).join(' ').trim();
  const line = entries[0]?.line ?? classified.section.line;
  for (const entry of entries) mark(draft, entry.node);
  if (field === 'mission') setMission(draft, text, line);
  else setField(draft, field, text, line);
}

/** Whether a line names the company by its id ("acme-corp" → "Acme Corp", "AcmeCorp"). */
function namesCompany(draft: Draft, text: string): boolean {
  const squash = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return squash(text).includes(squash(draft.company.id));
}

function pushWorkplace(draft: Draft, text: string, entry: Entry): boolean {
  draft.role.notes.push(makeFact(draft, text, entry.line, 'Workplace'));
  return true;
}
