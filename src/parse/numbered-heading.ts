import { SECTION_NUMBER } from '../classify/normalize-heading.js';
import { isHeadingShaped, isStrictTitle, knownHeading } from './heading-shape.js';
import type { TextLine } from './text-lines.js';

const OUTLINE = /^(\d{1,3})((?:\.\d{1,3})+)\.?\s+\S/;
const SINGLE = /^(\d{1,3})[.)]\s+\S/;

function nextContent(lines: readonly TextLine[], index: number, step: 1 | -1, chrome: ReadonlySet<number>): TextLine | undefined {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i]!;
    if (line.text !== '' && !chrome.has(line.line)) return line;
  }
  return undefined;
}

/** The number an ordered item at `line` carries, if it is one. */
function itemNumber(line: TextLine | undefined): number | undefined {
  const match = line && SINGLE.exec(line.text);
  return match ? Number(match[1]) : undefined;
}

/**
 * `4. Strategy`, one word, after `3. Engineering at Acme` pages above: the
 * number runs on from the numbered heading before it, with other content
 * between, so it is the next heading, not a one-item list. The closest
 * numbered line above (chrome left out) decides.
 */
function continuesHeadings(lines: readonly TextLine[], index: number, number: number, chrome: ReadonlySet<number>): boolean {
  if (!isHeadingShaped(lines[index]!.text.replace(SECTION_NUMBER, ''))) return false;
  for (let i = index - 1; i >= 0; i -= 1) {
    const line = lines[i]!;
    if (chrome.has(line.line) || itemNumber(line) === undefined) continue;
    return itemNumber(line) === number - 1 && numberedHeadingDepth(lines, i, chrome) === 2;
  }
  return false;
}

/**
 * A numbered heading of a document exported from a word processor:
 * `2.1 Responsibilities` (an outline number is never a list item), or
 * `1. Company Overview` when the heading table knows its words or they are
 * in Title Case (`5. My Notes`), and the numbers around it do not run on as
 * a list (`1.` … `2.` … `3.`).
 */
export function numberedHeadingDepth(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): 2 | 3 | undefined {
  // A heading may count on the one above it, and that one on its own: each line is decided once.
  // The answer depends on the chrome left out as much as on the lines: both key the memo.
  const byChrome = decided.get(lines) ?? new WeakMap<ReadonlySet<number>, Map<number, 2 | 3 | undefined>>();
  decided.set(lines, byChrome);
  const known = byChrome.get(chrome) ?? new Map<number, 2 | 3 | undefined>();
  byChrome.set(chrome, known);
  if (!known.has(index)) known.set(index, decide(lines, index, chrome));
  return known.get(index);
}

const decided = new WeakMap<readonly TextLine[], WeakMap<ReadonlySet<number>, Map<number, 2 | 3 | undefined>>>();

function decide(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): 2 | 3 | undefined {
  const line = lines[index];
  if (!line) return undefined;
  const rest = line.text.replace(SECTION_NUMBER, '');
  if (OUTLINE.test(line.text)) return isHeadingShaped(rest) || knownHeading(rest) ? 3 : undefined;
  const number = itemNumber(line);
  if (number === undefined || !(knownHeading(rest) || isStrictTitle(rest) || continuesHeadings(lines, index, number, chrome))) return undefined;
  const before = itemNumber(nextContent(lines, index, -1, chrome));
  const after = itemNumber(nextContent(lines, index, 1, chrome));
  return before === number - 1 || after === number + 1 ? undefined : 2;
}
