import { parseBullet, type Bullet } from './bullets.js';
import { emojiBullet } from './emoji-bullets.js';
import { splitChips, type Chip } from './chips.js';
import { splitGluedLabel, type GluedPart } from './glued-label.js';
import { isAllCaps, isHeadingShaped, isListIntro, isSingleTitleWord, isStrictTitle, knownHeading } from './heading-shape.js';
import type { TextLine } from './text-lines.js';
import { numberedHeadingDepth } from './numbered-heading.js';
import { splitColumnPairs } from './column-pairs.js';
import { stackedFieldNames } from './stacked-fields.js';
import { fieldOfLabel } from '../extract/fields.js';

const LABEL_VALUE = /^[^:]{1,40}:\s+\S/;

/** What one line of plain text is, decided with its neighbours in view. */
export type LineRole =
  | { role: 'blank' }
  | { role: 'bullet'; bullet: Bullet }
  | { role: 'heading'; depth: 1 | 2 | 3 }
  | { role: 'chips'; chips: Chip[] }
  | { role: 'parts'; parts: GluedPart[] }
  | { role: 'text' };

type Shape = 'blank' | 'bullet' | 'text';

function shapeOf(line: TextLine | undefined, chrome: ReadonlySet<number>): Shape {
  if (!line || line.text === '' || chrome.has(line.line)) return 'blank';
  return parseBullet(line.text) ? 'bullet' : 'text';
}

/**
 * A heading-shaped line stands alone: after a blank line or a list, and
 * before a blank line or a list. A strict Title Case or ALL CAPS line may
 * also sit right on top of the prose it introduces.
 */
function standsAlone(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): boolean {
  const before = shapeOf(lines[index - 1], chrome);
  const after = shapeOf(lines[index + 1], chrome);
  if (before === 'text') return false;
  if (after !== 'text') return true;
  const text = lines[index]?.text ?? '';
  const next = lines[index + 1]?.text ?? '';
  return (isAllCaps(text) || isStrictTitle(text) || isSingleTitleWord(text)) && !isHeadingShaped(next);
}

/**
 * A text line that a known heading could not be the next line of: one that
 * ends a sentence, a `label: value` line, or a heading-shaped line. Pages
 * scraped with no blank lines put every block on the line after the last.
 */
function endsBlock(line: TextLine | undefined, chrome: ReadonlySet<number>): boolean {
  if (shapeOf(line, chrome) !== 'text') return true;
  const text = line?.text ?? '';
  return /[.!?:;…)"”]$/u.test(text) || LABEL_VALUE.test(text) || isHeadingShaped(text);
}

function headingDepth(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>, isFirst: boolean): 1 | 2 | 3 | undefined {
  const text = lines[index]?.text ?? '';
  if (isFirst && isHeadingShaped(text)) return 1;
  // A known heading over a list heads it, whatever the line above it: a document saved with no blank lines.
  if (knownHeading(text) && (endsBlock(lines[index - 1], chrome) || shapeOf(lines[index + 1], chrome) === 'bullet')) return 2;
  if (isHeadingShaped(text) && standsAlone(lines, index, chrome) && !isFieldOverValue(lines, index, chrome)) return 3;
  const [before, after] = [shapeOf(lines[index - 1], chrome), shapeOf(lines[index + 1], chrome)];
  if (isListIntro(text) && before === 'blank' && after === 'bullet') return 3;
  return undefined;
}

/** `Headquarters` over `Stuttgart, Germany`, as a company page lists its facts: a field's name, not a heading. */
function isFieldOverValue(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): boolean {
  const text = lines[index]?.text ?? '';
  const next = lines[index + 1];
  // `THE TEAM:` over a paragraph is written as a heading, and read as one.
  if (text.endsWith(':') || isAllCaps(text) || fieldOfLabel(text) === undefined) return false;
  return shapeOf(next, chrome) === 'text' && !knownHeading(next?.text ?? '');
}

/** The look of a heading line: ALL CAPS or not, and whether a colon ends it. */
const styleOf = (text: string): string => `${isAllCaps(text)}:${text.endsWith(':')}`;

/**
 * `QUESTIONS THEY ASKED:` among `RESPONSIBILITIES:` and `REQUIREMENTS:` is
 * their peer, not a subheading of the one above it: a heading that ends in
 * a colon, written like the document's known headings, takes their level.
 */
function levelWithPeers(lines: readonly TextLine[], roles: LineRole[]): LineRole[] {
  const known = new Set(roles.flatMap((role, i) => (role.role === 'heading' && role.depth === 2 ? [styleOf(lines[i]!.text)] : [])));
  return roles.map((role, i) => {
    const text = lines[i]!.text;
    return role.role === 'heading' && role.depth === 3 && text.endsWith(':') && known.has(styleOf(text)) ? { role: 'heading', depth: 2 } : role;
  });
}

/**
 * An indented line under a list item that stopped mid-sentence carries the
 * item on (`▪ … run them in our` / `  Jenkins pipeline`): text pasted from a
 * PDF or hard-wrapped mail. Never a heading, however it is capitalized.
 */
function continuesItem(lines: readonly TextLine[], index: number, chrome: ReadonlySet<number>): boolean {
  const line = lines[index];
  const previous = lines[index - 1];
  if (!line || !previous || line.indent === 0 || /[.!?:;…]$/u.test(previous.text)) return false;
  for (let i = index - 1; i >= 0; i--) {
    const above = lines[i]!;
    if (shapeOf(above, chrome) === 'blank') return false;
    if (parseBullet(above.text)) return line.indent > above.indent;
    if (above.indent === 0) return false;
  }
  return false;
}

/** Role of every line; chrome lines count as blank. */
export function assignRoles(lines: readonly TextLine[], chrome: ReadonlySet<number>, vocabulary: ReadonlySet<string>): LineRole[] {
  return levelWithPeers(lines, roleOfEachLine(lines, chrome, vocabulary));
}

function roleOfEachLine(lines: readonly TextLine[], chrome: ReadonlySet<number>, vocabulary: ReadonlySet<string>): LineRole[] {
  let seenContent = false;
  const fieldNames = stackedFieldNames(lines, chrome);
  return lines.map((line, index) => {
    if (shapeOf(line, chrome) === 'blank') return { role: 'blank' };
    const isFirst = !seenContent;
    seenContent = true;
    if (line.heading) return { role: 'heading', depth: line.heading };
    const numbered = numberedHeadingDepth(lines, index, chrome);
    if (numbered) return { role: 'heading', depth: numbered };
    const bullet = parseBullet(line.text) ?? emojiBullet(lines, index, chrome);
    if (bullet) return { role: 'bullet', bullet };
    if (continuesItem(lines, index, chrome)) return { role: 'text' };
    // A paragraph of its own, so that it neither carries on the value above it nor runs into its own.
    if (fieldNames.has(line.line)) return { role: 'parts', parts: [{ text: line.text, offset: 0 }] };
    const chips = splitChips(line.text, vocabulary);
    if (chips) return { role: 'chips', chips };
    const parts = splitColumnPairs(line.text) ?? splitGluedLabel(line.text);
    if (parts) return { role: 'parts', parts };
    const depth = headingDepth(lines, index, chrome, isFirst);
    return depth ? { role: 'heading', depth } : { role: 'text' };
  });
}
