import type { Root } from 'mdast';
import { classify, type Classified, type Kind } from '../classify/classify.js';
import type { RoleFamily } from '../model/company.js';
import type { ParsedDocument } from '../parse/types.js';
import { mark, newDraft, sourceOf, type Draft } from './draft.js';
import { claimFromFrontMatter, claimOpening, claimRole, settleOpening } from './role-claim.js';
import { entriesOf, labelledAs, type Entry } from './entries.js';
import { PREFERRED_MARKERS } from '../classify/preferred.js';
import { extractNotes } from './notes.js';
import { extractFields, extractScalar } from './preamble.js';
import { extractProduct, extractProductList, tellsOfTheCompany } from './products.js';
import { extractOffering } from './offering.js';
import { extractFamilyList, extractFamilyMember, extractRoleFamily } from './role-families.js';
import { extractKeyResults, extractObjective, extractPathway, extractPathwayList } from './okrs.js';
import { extractQuadrant, extractRetroList, extractRetrospective, extractSwot } from './swot.js';
import { extractSkillsMap } from './skills-map.js';
import { extractTechStack } from './tech-stack.js';
import { LIST_SINKS, NAME_LIST_KINDS } from './sinks.js';
import { isProse } from './split.js';
import { textOf } from '../classify/text.js';
import { noteEmptyItems } from './empty-items.js';
import { readPressRelease } from './press-release.js';
import { readOkrTables, readSwotTables } from './strategy-tables.js';
import { readOkrLines, readSwotLines } from './strategy-lines.js';
import { takeEntries, takeEntry } from './take.js';
import { setAsides } from './asides.js';
import { setClosingNotes } from './closing-notes.js';
import { REGISTRANT_CAPTION } from '../parse/filing-chrome.js';

type Extractor = (draft: Draft, section: Classified) => void;

const fields: Extractor = extractFields;
const list: Extractor = (draft, c) => {
  const all = entriesOf(c.section.content);
  const entries = LIST_SINKS[c.kind] ? setClosingNotes(draft, setAsides(draft, all, c.section.title), c.section.content, c.kind) : all;
  takeEntries(draft, preferredLabelled(c, entries), c.kind);
  if (!LIST_SINKS[c.kind]) return;
  noteEmptyItems(draft, c, all.length > 0);
  // Rows taken as items: the header row and the rule under it are the table's, not content left over.
  for (const node of c.section.content) if (node.type === 'table' && node.children.length > 1) mark(draft, node);
};
const quadrant: Extractor = extractQuadrant;
const retro: Extractor = extractRetroList;

/** A section read as one of its own, not as an item of the container it sits in. */
function withoutContainer({ container: _container, ...section }: Classified): Classified {
  return section;
}

/** One extractor per section kind: the only place that says what a kind holds. */
const EXTRACTORS: Partial<Record<Kind, Extractor>> = {
  preamble: fields,
  title: extractNotes,
  overview: extractNotes,
  unknown: extractNotes,
  // The stages of the interview and what the job offers: notes for the candidate, never requirements of the role.
  interviewProcess: extractNotes,
  benefits: extractNotes,
  offering: extractOffering,
  customers: (d, c) => extractScalar(d, c, 'customers'),
  businessModel: (d, c) => extractScalar(d, c, 'businessModel'),
  mission: (d, c) => (c.section.content.some((n) => n.type === 'list') ? fields(d, c) : extractScalar(d, c, 'mission')),
  product: (d, c) => (tellsOfTheCompany(c) ? extractNotes(d, withoutContainer(c)) : extractProduct(d, c)),
  products: extractProductList,
  roleFamilies: extractFamilyList,
  roleFamily: extractRoleFamily,
  objective: extractObjective,
  pathway: extractPathway,
  entryPathways: extractPathwayList,
  techStack: extractTechStack,
  swot: (d, c) => {
    const swot = extractSwot(d, c);
    readSwotTables(d, c, swot);
    readSwotLines(d, c, swot);
  },
  okrs: (d, c) => {
    readOkrTables(d, c);
    readOkrLines(d, c);
  },
  keyResults: extractKeyResults,
  strengths: quadrant,
  weaknesses: quadrant,
  opportunities: quadrant,
  threats: quadrant,
  priorities: quadrant,
  retrospective: (d, c) => void extractRetrospective(d, c),
  wentWell: retro,
  notSoWell: retro,
  learnings: retro,
  actionItems: retro,
  skillsMap: extractSkillsMap,
};

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
  (EXTRACTORS[kind] ?? list)(draft, section);
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

/** Items under "Nice to have" keep that heading as their label: it is what makes them preferred. */
function preferredLabelled(section: Classified, entries: Entry[]): Entry[] {
  const { title } = section.section;
  if (section.kind !== 'requirements' || !PREFERRED_MARKERS.test(title)) return entries;
  return entries.map((entry) => labelledAs(entry, title));
}
