import type { Root } from 'mdast';
import { textOf } from '../classify/text.js';
import type { Draft } from '../extract/draft.js';
import { anyCase, idPattern, LEGAL_FORM, matchFolded, NAME_WORD } from './name-patterns.js';

/** What follows a company's name in a report's or a call's title: a ticker perhaps, then the period it covers (`Q3 2025`, `FY24`, `2024`). */
const PERIOD = String.raw`(?:Q[1-4]|H[12]|FY\s?\d{2,4}|(?:19|20)\d{2})\b`;
const PERIOD_AFTER = String.raw`(?=\s+(?:\([A-Z][A-Z.]{0,6}(?::\s?[A-Z][A-Z.]{0,6})?\)\s+)?(?:${PERIOD}|(?:First|Second|Third|Fourth) Quarter|(?:Full|Half)[ -]Year|Fiscal|Annual|Interim))`;
/** What a title after the period says it is: a company's results, not its plan (`Orbital OKRs 2025`). */
const REPORT = /\b(?:earnings|results|annual report|quarterly report|interim report|shareholder letter|letter to shareholders|investor presentation|conference call|transcript|10-K|10-Q|20-F)\b/i;
/** Words that spell a period out (`Fourth Quarter 2024`, `Full Year`, `Fiscal 2025`): the title's period, not the name. */
const PERIOD_WORD = String.raw`(?:First|Second|Third|Fourth|Quarter|Half|Full|Year|Fiscal|Annual|Interim)\b`;
/** A capitalized word of the name, never the period itself (`Q3`, `FY24`, `Fourth Quarter`). */
const NAME_WORD_NO_PERIOD = String.raw`\s+(?!${PERIOD}|${PERIOD_WORD})${NAME_WORD}`;

/**
 * A document titled by the company's name and the period it covers, as an
 * earnings call's transcript or an annual report is ("Quorvane Systems,
 * Inc. (QVNE) Q3 2025 Earnings Call Transcript", "Acme Robotics 2024 Annual
 * Report"): the id's words and up to three capitalized words more, a legal
 * form perhaps, are the company's full name, when a ticker or a legal form
 * ends it or the title says it is results (a plan's title, `Orbital OKRs
 * 2025`, is no name). Only the document's title, and only a name longer than the id.
 */
export function reportTitleNameIn(drafts: readonly Draft[], words: readonly string[]): string | undefined {
  const pattern = new RegExp(String.raw`^${idPattern(words.map(anyCase))}(?:${NAME_WORD_NO_PERIOD}){0,3}(?:,?\s+${LEGAL_FORM})?${PERIOD_AFTER}`, 'u');
  for (const draft of drafts) {
    const title = titleLine(draft);
    const found = title === undefined ? undefined : matchFolded(pattern, title);
    if (found && found.split(/\s+/).length > words.length && isReport(found, title!.slice(found.length))) return found;
  }
  return undefined;
}

function isReport(name: string, rest: string): boolean {
  return /^\s+\(/.test(rest) || new RegExp(`${LEGAL_FORM}$`, 'u').test(name) || REPORT.test(rest);
}

/** The document's first line of content, a heading or not: a transcript pasted as text opens with its title as a paragraph. */
function titleLine(draft: Draft): string | undefined {
  const first = (draft.doc.tree as Root).children.find((node) => node.type === 'heading' || node.type === 'paragraph');
  return first && textOf(first).split('\n')[0]!.trim();
}
