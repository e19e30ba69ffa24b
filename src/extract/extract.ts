import type { Root } from 'mdast';
import { classify, type Classified, type Kind } from '../classify/classify.js';
import type { RoleFamily } from '../model/company.js';
import type { ParsedDocument } from '../parse/types.js';
import { mark, newDraft, sourceOf, type Draft } from './draft.js';
import { claimFromFrontMatter, claimOpening, claimRole, settleOpening } from './role-claim.js';
import { entriesOf, labelledAs } from './entries.js';
import { extractFamilyMember } from './role-families.js';
import { extractorOf } from './section-extractors.js';
import { LIST_SINKS, NAME_LIST_KINDS } from './sinks.js';
import { isProse } from './split.js';
import { textOf } from '../classify/text.js';
import { readPressRelease } from './press-release.js';
import { takeEntry } from './take.js';
import { setAsides } from './asides.js';
import { REGISTRANT_CAPTION } from '../parse/filing-chrome.js';

/** Facts of one document, section by section. */
export function extract(doc: ParsedDocument, id: string): Draft {
  const draft = newDraft(doc, id);
  claimFromFrontMatter(draft);
  const sections = classify(doc.tree as Root);
  draft.kinds = sections.map((section) => section.kind);
  draft.title = (sections.find((s) => s.section.depth === 1) ?? sections.find((s) => s.section.heading))?.section.title ?? null;
  for (const section of sections) extractSection(draft, section);
  readPressRelease(draft, doc.tree as Root);
  settleOpening(draft);
  return draft;
}

function extractSection(draft: Draft, section: Classified): void {
  const { kind } = section;
  if (section.detail) return;
  if (kind !== 'unknown') mark(draft, section.section.heading);
  // A title or a stray short heading may name the company; merge decides.
  if (kind === 'title' || (kind === 'unknown' && section.section.depth > 0)) draft.names.push({ text: section.section.title, source: sourceOf(draft, section.section.line) });
  // A filing's cover says outright which line is the company's name: the one over `(Exact name of registrant …)`.
  if (kind === 'title' && isRegistrant(draft, section.section.line)) draft.declaredName ??= draft.names.at(-1)!;
  if (kind === 'roleAnalysis' && section.value) claimRole(draft, section.value, section.section.line);
  else claimOpening(draft, kind, section.section.title, section.section.line);
  if (kind === 'unknown' && section.under && LIST_SINKS[section.under.kind] && !aSubsectionOfProse(section)) return extractUnder(draft, section, section.under.kind);
  const family = section.item && draft.owners.get(section.item);
  if (family && section.item?.kind === 'roleFamily') return extractFamilyMember(draft, section, family as RoleFamily);
  extractorOf(kind)(draft, section);
}

function isRegistrant(draft: Draft, line: number): boolean {
  return draft.doc.chrome.some((chrome) => chrome.line > line && chrome.line <= line + 2 && REGISTRANT_CAPTION.test(chrome.text));
}

/** "Human Capital" with a paragraph, under "Competition": a section of its own that a filing nests, not one more name. */
function aSubsectionOfProse(section: Classified): boolean {
  const under = section.under?.kind;
  const paragraphs = section.section.content.filter((node) => node.type === 'paragraph');
  return under !== undefined && NAME_LIST_KINDS.has(under) && paragraphs.length > 0 && paragraphs.every((node) => isProse(textOf(node)));
}

/**
 * An unknown heading under a list section ("March 2024" under "Recent
 * News"): its items join the list, labelled with the heading; a heading with
 * nothing under it is an item itself ("Candor" under "Values").
 */
function extractUnder(draft: Draft, section: Classified, kind: Kind): void {
  const { title, line, heading } = section.section;
  mark(draft, heading);
  const entries = entriesOf(section.section.content);
  if (entries.length === 0) return void takeEntry(draft, { node: heading!, text: title, line, labelled: undefined, children: [], chip: false }, kind);
  for (const entry of setAsides(draft, entries, title)) takeEntry(draft, labelledAs(entry, title), kind);
}
