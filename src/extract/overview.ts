import type { Scalar } from '../model/source.js';
import { mergeScalar } from '../merge/scalar.js';
import { addGap, makeFact, type Draft } from './draft.js';
import { isPlaceholder } from './placeholder.js';
import { OWNERSHIP_WORDS, type Field } from './fields.js';
import { jobTitleIn } from '../roles/role-nouns.js';
import { withSpecialty } from '../roles/specialty.js';
import { fileText } from '../parse/file-text.js';
import { isCardLine } from '../roles/workplace.js';
import { claimRole } from './role-claim.js';
import { readCount, readMoney, readTicker, readYear } from './money.js';
import { splitList } from './split.js';
import { reportConflict } from './report.js';
import { readTeam } from './team.js';

type OverviewScalar = Exclude<Field, 'industry' | 'team' | 'roleNotes' | 'role' | 'company'>;

/**
 * Set one labelled field from its text as written, reading numbers where
 * there are any. False when the text does not fit the field (a ticker line
 * with no symbol): the line is left for `unmapped`.
 */
export function setField(draft: Draft, given: Field, text: string, line: number, label?: string): boolean {
  const field = isWorkplace(given, text, label) ? 'roleNotes' : given;
  if (isPlaceholder(text)) {
    addGap(draft, field === 'team' || field === 'roleNotes' ? `role.${field}` : `overview.${field}`, text, line);
    return true;
  }
  const fact = makeFact(draft, text, line, label);
  if (field === 'ticker' && !readTicker(text)) return false;
  if (field === 'ownership' && !OWNERSHIP_WORDS.test(text)) return false;
  if (field === 'role') return claimLabelledRole(draft, text, line);
  if (field === 'company') {
    // `Company: Lumen Health Labs`, a page property of a notes app: the company's name as the author writes it.
    draft.declaredName ??= fact;
    draft.mapped.add(line);
    return true;
  }
  draft.mapped.add(line);
  if (field === 'industry') {
    draft.company.overview.industry.push(...splitList(text).map((item) => makeFact(draft, item, line, label)));
  } else if (field === 'team') {
    setTeam(draft, fact);
  } else if (field === 'roleNotes') {
    draft.role.notes.push(fact);
  } else {
    setOverview(draft, field, enrich(field, fact));
    if (field === 'ownership') {
      const ticker = readTicker(text);
      if (ticker) setOverview(draft, 'ticker', { ...fact, ...ticker });
    }
  }
  return true;
}

/**
 * A job board's `Location: Lisbon (Hybrid) or Remote — Europe` says where the
 * job is done, not where the company sits: a note of the role. Only under
 * the ambiguous label; `Headquarters:` is the company's whatever it says.
 */
function isWorkplace(field: Field, text: string, label: string | undefined): boolean {
  return field === 'headquarters' && label !== undefined && /^locations?$/i.test(label.trim()) && isCardLine(text);
}

function enrich(field: OverviewScalar, fact: Scalar): Scalar {
  switch (field) {
    case 'founded': {
      const year = readYear(fact.text);
      return year === undefined ? fact : ({ ...fact, year } as Scalar);
    }
    case 'employees': {
      const count = readCount(fact.text);
      return count === undefined ? fact : ({ ...fact, count } as Scalar);
    }
    case 'revenue':
    case 'marketCap':
      return { ...fact, ...readMoney(fact.text) };
    case 'ticker':
      return { ...fact, ...(readTicker(fact.text) ?? { symbol: fact.text.trim() }) };
    default:
      return fact;
  }
}

function setOverview(draft: Draft, field: OverviewScalar, value: Scalar): void {
  const overview = draft.company.overview as Record<OverviewScalar, Scalar | null>;
  overview[field] = mergeScalar(overview[field], value, reportConflict(draft.doc.file, `overview.${field}`));
}

/** The team's name goes to `team`; a sentence or remark around it stays as a role note. */
function setTeam(draft: Draft, fact: Scalar): void {
  const name = readTeam(fact.text);
  if (name) draft.role.team = mergeScalar(draft.role.team, { ...fact, text: name }, reportConflict(draft.doc.file, 'team'));
  if (name !== fact.text) draft.role.notes.push(fact);
}

export function setMission(draft: Draft, text: string, line: number, label?: string): void {
  if (isPlaceholder(text)) return addGap(draft, 'mission', text, line);
  const fact = makeFact(draft, text, line, label);
  draft.mapped.add(line);
  draft.company.mission = mergeScalar(draft.company.mission, fact, reportConflict(draft.doc.file, 'mission'));
}


/** `Role: Product Designer`, `OPEN ROLE: SUPPLY CHAIN ANALYST`, `Role: Data Engineer, Network Analytics`: the document is about that role. */
function claimLabelledRole(draft: Draft, text: string, line: number): boolean {
  const found = jobTitleIn(text);
  if (!found || draft.roleClaim?.how === 'front-matter') return false;
  const title = withSpecialty(text, found, draft.company.id, fileText(draft.doc.file));
  claimRole(draft, title, line, 'label');
  draft.mapped.add(line);
  return true;
}
