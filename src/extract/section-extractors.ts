import type { Classified, Kind } from '../classify/classify.js';
import { mark, type Draft } from './draft.js';
import { entriesOf, labelledAs, type Entry } from './entries.js';
import { PREFERRED_MARKERS } from '../classify/preferred.js';
import { extractNotes } from './notes.js';
import { extractFields, extractScalar } from './preamble.js';
import { extractProduct, extractProductList, tellsOfTheCompany } from './products.js';
import { extractOffering } from './offering.js';
import { extractFamilyList, extractRoleFamily } from './role-families.js';
import { extractKeyResults, extractObjective, extractPathway, extractPathwayList } from './okrs.js';
import { extractQuadrant, extractRetroList, extractRetrospective, extractSwot } from './swot.js';
import { extractSkillsMap } from './skills-map.js';
import { extractTechStack } from './tech-stack.js';
import { LIST_SINKS } from './sinks.js';
import { noteEmptyItems } from './empty-items.js';
import { readOkrTables, readSwotTables } from './strategy-tables.js';
import { readOkrLines, readSwotLines } from './strategy-lines.js';
import { takeEntries } from './take.js';
import { setAsides } from './asides.js';
import { setClosingNotes } from './closing-notes.js';

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

/** How a section of this kind is read: its extractor, or as a list of items. */
export function extractorOf(kind: Kind): Extractor {
  return EXTRACTORS[kind] ?? list;
}

/** Items under "Nice to have" keep that heading as their label: it is what makes them preferred. */
function preferredLabelled(section: Classified, entries: Entry[]): Entry[] {
  const { title } = section.section;
  if (section.kind !== 'requirements' || !PREFERRED_MARKERS.test(title)) return entries;
  return entries.map((entry) => labelledAs(entry, title));
}
