import type { Draft } from './draft.js';
import type { Field } from './fields.js';
import { setField, setMission } from './overview.js';

/**
 * Facts a company's prose states instead of labelling them: the "About"
 * paragraph of a press release, a filing's overview, a recruiter's mail,
 * an encyclopedia's lead ("Founded in 2014 and headquartered in Oslo,
 * Norway, …", "we had 1,240 full-time employees"). A sentence about a
 * team, a panel or the job itself states none of the company's.
 */
const YEAR = String.raw`((?:1[6-9]|20)\d{2})`;
// `founded in 2016`, or the year right after the word as a note writes it (`(founded 2016, ~900 people)`).
const FOUNDED = new RegExp(String.raw`\b(?:founded|established|incorporated)\b(?:[^.;]{0,60}?\bin|,?) ${YEAR}\b`, 'iu');

const PLACE_WORD = String.raw`(?:St\.|\p{Lu}[\p{L}'’-]*)`;
const PLACE_NAME = String.raw`${PLACE_WORD}(?:[ -]${PLACE_WORD}){0,3}`;
// Case-sensitive, so the place is the capitalized words after `in`; the verbs take either case.
const HEADQUARTERS = new RegExp(
  String.raw`(?:\b[Hh]eadquartered|\b(?:[Hh]eadquarters|[Hh]ead office|[Mm]ain office|[Ee]xecutive offices)(?: (?:is|are))?(?: located)?|\b(?:we are|we're|is|are) based) in (${PLACE_NAME}(?:, ${PLACE_NAME})?)`,
  'u',
);

const COUNT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(\+?)`;
const ABOUT = '(?:about |approximately |around |over |more than |some |nearly |roughly )?';
// `we had 1,240 employees`, `ended the quarter with about 2,300 employees`, `we're about 120 people`, `About 450 people work here`;
// not `serves retailers with 200+ employees`, the size of the customers.
const CUSTOMERS = String.raw`(?<!\b(?:companies|businesses|firms|organi[sz]ations|enterprises|customers|clients|retailers|employers|teams)\s)`;
const EMPLOYEES = new RegExp(
  String.raw`(?:\b(?:employs?|employing|had|have|has|${CUSTOMERS}with|we're|we are)\s+${ABOUT}${COUNT}\s+(?:full-time |permanent )?(?:employees|people|staff)\b|(?:^|[.!?]\s+)${ABOUT}${COUNT}\s+(?:employees|people|staff) work (?:here|at|for)\b)`,
  'iu',
);

/** Words of a clause about a part of the company or the job, not the company. */
export const NOT_THE_COMPANY = /\b(?:team|panel|department|squad|group|role|position|job|you|office|site|plant|facility|interview)\b/i;

const READERS: readonly { field: Field; pattern: RegExp; value: (match: RegExpExecArray) => string | undefined }[] = [
  { field: 'founded', pattern: FOUNDED, value: (m) => m[1] },
  { field: 'headquarters', pattern: HEADQUARTERS, value: (m) => m[1] },
  { field: 'employees', pattern: EMPLOYEES, value: (m) => headCount(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '') },
];

/** A head count as written (`1,240`, `900+`); fewer than ten is a team's size, not a company's. */
function headCount(count: string, plus: string): string | undefined {
  return Number(count.replace(/,/g, '')) >= 10 ? `${count}${plus}` : undefined;
}

/** The rest of the clause a match sits in, before and after it (from and to a full stop or semicolon). */
export function clauseAround(text: string, match: RegExpExecArray): string {
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length).split(/[.;]/)[0] ?? '';
  return `${before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(';')) + 1)} ${after.slice(0, 40)}`;
}

/** `Skarvhold's mission is to make every tonne …`, `Our mission is to …`: a sentence that states the mission. */
const MISSION = /^(?:Our|Its|The company['’]s|\p{Lu}[\p{L}\p{N}&.-]*(?: \p{Lu}[\p{L}\p{N}&.-]*){0,3}['’]s?) mission is (?:to )?\S.{8,}[.!]$/u;

/** The founding year, headquarters, head count and mission a paragraph states, each into a field the document left empty. */
export function readProseFacts(draft: Draft, text: string, line: number): void {
  const mission = draft.company.mission === null ? text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(1).find((sentence) => MISSION.test(sentence)) : undefined;
  if (mission) setMission(draft, mission, line);
  const overview = draft.company.overview as Partial<Record<Field, unknown>>;
  for (const { field, pattern, value } of READERS) {
    if (overview[field] !== null) continue;
    const match = pattern.exec(text);
    if (!match || NOT_THE_COMPANY.test(clauseAround(text, match))) continue;
    const found = value(match);
    if (found !== undefined) setField(draft, field, found, line);
  }
}

