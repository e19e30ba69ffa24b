import { isRoutedLabel } from './routed-label.js';
import { classifyHeading } from '../classify/headings.js';
import type { Kind } from '../classify/classify.js';
import { addGap, makeFact, mark, type Draft } from './draft.js';
import type { Entry } from './entries.js';
import { fieldOfLabel, ROLE_FIELDS } from './fields.js';
import { addToStack } from './tech-stack.js';
import { setField, setMission } from './overview.js';
import { isPlaceholder } from './placeholder.js';
import { isPrompt } from './prompt-shape.js';
import { FIELD_KINDS, LIST_SINKS, NAME_LIST_KINDS, NOTE_KINDS, PROSE_KINDS, QUOTED_KINDS, SPLIT_KINDS } from './sinks.js';
import { camelCase, isProse, isShort, splitList, unquote } from './split.js';

/** Put each entry where its label or its section says; entries that land nowhere stay unmapped. */
export function takeEntries(draft: Draft, entries: readonly Entry[], kind: Kind): void {
  for (const entry of entries) takeEntry(draft, entry, kind);
}

/** One entry: false when neither its label nor its section's kind has a place for it. */
export function takeEntry(draft: Draft, entry: Entry, kind: Kind): boolean {
  const labelled = entry.labelled;
  if (labelled && (FIELD_KINDS.has(kind) || isRoleField(entry)) && route(draft, entry, labelled.label, labelled.value)) return true;
  // `**Tech stack:** Go, AWS` on a line of its own after a requirements list starts a field of its own.
  if (labelled && entry.node.type === 'paragraph' && routeToSection(draft, entry, labelled.label, labelled.value, kind)) return true;
  if (!LIST_SINKS[kind]) return false;
  if (labelled && isStrayNote(kind, entry)) {
    draft.company.notes.push(makeFact(draft, labelled.value, entry.line, labelled.label));
    mark(draft, entry.node);
    return true;
  }
  if (labelled && isLeadIn(kind, entry)) pushTo(draft, kind, entry, undefined, entry.text);
  else pushTo(draft, kind, entry, labelled?.label, labelled ? labelled.value : entry.text);
  return true;
}

/** `Seniority level: Mid-Senior` on a line of its own, in any section: a field of the role. */
function isRoleField(entry: Entry): boolean {
  const field = entry.labelled && fieldOfLabel(entry.labelled.label);
  return entry.node.type === 'paragraph' && field !== undefined && ROLE_FIELDS.has(field);
}

/**
 * `Salary: £42k` written after a list of questions, before the next
 * heading: a line of `label: value` that asks nothing is a note, not a question.
 * Lines under a heading that lends them its label (a review's `Data
 * Scientist Interview`) may be anything: a prompt among them (`Walk me
 * through your last project`) is a question, the rest (`I applied online.`) notes.
 */
function isStrayNote(kind: Kind, entry: Entry): boolean {
  const value = entry.labelled?.value ?? '';
  if (!QUOTED_KINDS.has(kind) || entry.node.type !== 'paragraph' || value === '' || isPlaceholder(value) || entry.text.includes('?')) return false;
  const lent = value === entry.text;
  return !lent || !isPrompt(entry.text);
}

/**
 * `Keep payroll day boring: no incidents on the 25th` as a responsibility:
 * the words before the colon are the item's own lead-in, not a label to
 * file it under, unless they name a field or a section.
 */
function isLeadIn(kind: Kind, entry: Entry): boolean {
  const own = entry.labelled && entry.labelled.value !== '' && entry.labelled.value !== entry.text && !isPlaceholder(entry.labelled.value);
  return Boolean(own) && PROSE_KINDS.has(kind) && !isRoutedLabel(entry.labelled!.label);
}

/** A label that names a field or a section kind: the value goes there, whatever section it is in. */
function route(draft: Draft, entry: Entry, label: string, value: string): boolean {
  const field = fieldOfLabel(label);
  if (field) {
    const text = value || entry.children.map((child) => child.text).join(', ');
    if (!setField(draft, field, text, entry.line, label)) return false;
    mark(draft, entry.node);
    return true;
  }
  const target = classifyHeading(label)?.kind;
  if (target === 'mission' && !entry.children.length) {
    setMission(draft, value, entry.line, label);
    return true;
  }
  return routeToSection(draft, entry, label, value);
}

/** A label that names another section kind with a list (`Tech stack`, `Competitors`) or of notes (`Salary`): the value goes there. */
function routeToSection(draft: Draft, entry: Entry, label: string, value: string, from?: Kind): boolean {
  const target = classifyHeading(label)?.kind;
  // A label alone on its own line over nothing opens no field here: it is a heading the reader left as text.
  if (!target || target === from || (from !== undefined && value === '')) return false;
  if (target === 'techStack') addToStack(draft, label, value, entry.line);
  else if (LIST_SINKS[target]) pushTo(draft, target, entry, label, value);
  else if (NOTE_KINDS.has(target) && value !== '') draft.company.notes.push(makeFact(draft, value, entry.line, label));
  else return false;
  mark(draft, entry.node);
  return true;
}

/** A paragraph of two or more short names, as "Kindle Unlimited, Scribd, Everand" under Competitors. */
function nameList(kind: Kind, entry: Entry, value: string): string[] | undefined {
  if (!NAME_LIST_KINDS.has(kind) || entry.node.type !== 'paragraph') return undefined;
  const names = splitList(value);
  return names.length >= 2 && names.every((name) => isShort(name, 4)) ? names : undefined;
}

/** A paragraph of requirements or duties run together with semicolons: `Python or Go; 5+ years of backend work; PostgreSQL.` */
function clauseList(kind: Kind, entry: Entry, value: string): string[] | undefined {
  if (!PROSE_KINDS.has(kind) || QUOTED_KINDS.has(kind) || entry.node.type !== 'paragraph') return undefined;
  const clauses = value.split(/\s*;\s*/).map((clause) => clause.replace(/\.$/, '').trim()).filter(Boolean);
  return clauses.length >= 3 && clauses.every((clause) => clause.split(/\s+/).length <= 12) ? clauses : undefined;
}

function pushTo(draft: Draft, kind: Kind, entry: Entry, label: string | undefined, value: string, nested = false): void {
  const sink = LIST_SINKS[kind]!(draft);
  mark(draft, entry.node);
  if (entry.children.length > 0 && value === '') {
    for (const child of entry.children) pushTo(draft, kind, child, child.labelled?.label ?? label, child.labelled?.value ?? child.text, true);
    return;
  }
  if (isPlaceholder(value)) {
    addGap(draft, label ? `${kind}.${camelCase(label)}` : kind, value, entry.line, label);
    return;
  }
  if (PROSE_KINDS.has(kind) && entry.children.length > 0) {
    sink.push(makeFact(draft, withElaboration(value, entry.children), entry.line, label));
    return;
  }
  // Only an inline value is a comma list; nested items are one value each ("Context, not Control").
  const items = SPLIT_KINDS.has(kind) && label && !nested && !isProse(value) ? splitList(value) : nameList(kind, entry, value) ?? clauseList(kind, entry, value) ?? [QUOTED_KINDS.has(kind) ? unquote(value) : value];
  for (const item of items) sink.push(makeFact(draft, item, entry.line, label));
  for (const child of entry.children) pushTo(draft, kind, child, child.labelled?.label, child.labelled?.value ?? child.text, true);
}

/** An item with its sub-items folded in: `Build pipelines (connectors for Shopify; drift alerts)`, `Own: a; b`. */
export function withElaboration(text: string, children: readonly Entry[]): string {
  const parts = children.map((child) => withElaboration(child.text, child.children)).filter(Boolean);
  if (parts.length === 0) return text;
  return /:$/.test(text) ? `${text} ${parts.join('; ')}` : `${text} (${parts.join('; ')})`;
}
