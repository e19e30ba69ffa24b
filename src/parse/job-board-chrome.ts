import type { TextLine } from './text-lines.js';

/**
 * What a job board (Greenhouse, Lever, Workday, Ashby and the like) prints
 * around every posting: the equal-opportunity boilerplate, its buttons and
 * footer, the age of a posting. Generic patterns, each anchored and linear.
 */
/** A boilerplate sentence's subject: `We`, `The Society`, `Harrowdene Building Society`, `Acme Bank plc`; no clause of its own. */
// Case-sensitive (under `i`, \p{Lu} matches any letter): `Our engineering team is …` is a fact about a team.
const SUBJECT = String.raw`(?:We|(?:The )?\p{Lu}[\p{L}&.'’-]*(?: (?:\p{Lu}[\p{L}&.'’-]*|plc|ltd|limited|llp|inc\.?|ag|se|sa)){0,5})`;

export const JOB_BOARD_PATTERNS: readonly RegExp[] = [
  // `Acme is (proud to be) an equal opportunity employer…`, whatever the company and however long the paragraph.
  /^.{0,80}?\b(?:is|are)(?: proud to be)? an? equal (?:opportunit(?:y|ies)|employment opportunity)\b/i,
  /^(?:we do not discriminate|all qualified applicants will receive consideration)\b/i,
  // Only with a name or `we` as the whole subject: `Brightpay was founded in 2015 and is …` is a fact about the company.
  new RegExp(String.raw`^${SUBJECT} (?:is|are) (?:fully )?committed to (?:[Ee]qual [Oo]pportunit(?:y|ies)|[Ee]quality,? [Dd]iversity|[Dd]iversity and [Ii]nclusion)\b`, 'u'),
  // A company's registration line (`Acme plc  Registered in England No. 08812345`), printed on a report's cover or a letter's foot.
  /^.{0,80}?\bregistered in (?:england(?: and wales)?|scotland|wales|northern ireland|ireland)\b,?(?: under)?(?: company)? (?:no\.?|number) ?[A-Z]{0,2}\d{5,8}\b/i,
  // A regulated firm's footer (`… is authorised by the Prudential Regulation Authority …`): the same on every page it prints.
  // No comma after the regulator: `… by the Financial Conduct Authority, serving 2 million customers` goes on about the company.
  new RegExp(String.raw`^${SUBJECT} (?:is|are) (?:authori[sz]ed|regulated)(?: and regulated)? by the\b[^,;\n]{0,100}?\b(?:Authority|Commission)\b[^,;\n]{0,120}$`, 'u'),
  /^(?:jobs )?powered by \S+(?: \S+)?$/i,
  /^submit(?: your| an?)? application$/i,
  /^\*\s?(?:indicates|denotes) (?:a )?required(?: fields?)?\.?$/i,
  /^was this (?:review |answer |post )?helpful\??(?:\s+yes\s+no)?$/i,
  /^(?:search (?:for )?(?:jobs|roles|openings|positions|careers)|similar (?:jobs|roles|openings)(?: \(\d{1,4}\))?)$/i,
  // A review's byline: `Mar 3, 2025 · Candidate in Manchester`, `Anonymous Interview Candidate in Rotterdam`.
  /^(?:(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? \p{L}{3,9}\.? \d{4})\s*[·•|–-]\s*(?:anonymous |current |former )?|anonymous |current |former )(?:interview )?(?:candidate|employee|intern)(?: in [^.]{1,60})?$/iu,
  /^posted (?:on )?(?:today|yesterday|\d{1,3}\+? (?:hours?|days?|weeks?|months?) ago)$/i,
  // Workday's `posted on` over `Posted 5 Days Ago`: the field's name goes with its value.
  /^posted on$/i,
];

/** `First Name *`: a form field's label and its required mark. */
const REQUIRED_FIELD = /^\S.{0,40} \*$/;
const FORM_LINE_WORDS = 5;

/**
 * An application form copied with the page: a block of short lines (up to
 * the blank line) with two or more required fields among them; its upload
 * buttons (`Attach`, `Dropbox`) go with it.
 */
export function formLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let block: TextLine[] = [];
  const settle = (): void => {
    // A required consent box (`I agree to the privacy policy *`) is longer than a field's name, and as much the form's.
    const short = block.every((line) => line.text.split(/\s+/).length <= FORM_LINE_WORDS || REQUIRED_FIELD.test(line.text));
    if (short && block.filter((line) => REQUIRED_FIELD.test(line.text)).length >= 2) for (const line of block) found.add(line.line);
    block = [];
  };
  for (const line of lines) {
    if (line.text === '') settle();
    else block.push(line);
  }
  settle();
  return found;
}

/**
 * A footer's links one to a line where the page ends (`Privacy Policy` /
 * `Security`), among lines already known as chrome: the trailing lines that
 * are chrome or site links, when two or more are links.
 */
export function footerLines(lines: readonly TextLine[], chrome: ReadonlySet<number>, isLink: (line: TextLine) => boolean): Set<number> {
  const footer: TextLine[] = [];
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (line.text === '' || chrome.has(line.line)) continue;
    if (!isLink(line)) break;
    footer.push(line);
  }
  return new Set(footer.length >= 2 ? footer.map((line) => line.line) : []);
}
