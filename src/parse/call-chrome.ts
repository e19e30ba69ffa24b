import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * A recorded call written out: an earnings call's transcript (`Operator`
 * turns, the participants' name-and-title lists, `[Operator
 * Instructions]`) and a meeting transcriber's header and footer (Otter's
 * `SUMMARY KEYWORDS` and `SPEAKERS` blocks, `Transcribed by …`). They say
 * who was on the call and how it ran, not what the company does; what the
 * speakers say stays content.
 */
const CALL_PATTERNS: readonly RegExp[] = [
  // `Wed, Oct 15, 2025 4:02PM • 34:18`: when the recording started, and its length.
  /^\p{L}{3,9},? \p{L}{3,9}\.? \d{1,2},? \d{4},? \d{1,2}:\d{2}\s?(?:[AP]M)?\s*[•·|]\s*\d{1,2}(?::\d{2}){1,2}$/iu,
  /^(?:transcribed|transcript (?:generated|created|provided)) by\b.{0,80}$/i,
  /^\[operator instructions\]$/i,
  /^(?:question-and-answer session|q&a session)$/i,
];

/** A label over one line the transcriber filled in (`SPEAKERS` / `Lena Marsh, Me`). */
const LABEL_OVER_LINE = /^(?:SUMMARY KEYWORDS|KEYWORDS|SPEAKERS)$/;
const PARTICIPANTS = /^(?:company|corporate|conference call|call)? ?participants$/i;
/** `Executives` over `Jane Doe - CEO` heads a call's participants only in a call; on a team page it heads the leadership. */
const CALL_ROSTER = /^(?:executives|analysts)$/i;
const NAME_AND_TITLE = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3}\s+[-–—]\s+\S.{1,80}$/u;
const SPEAKER_NAME = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]*){0,3}$/u;
/** Operator turns in an earnings call: an `Operator` line alone, more than once. */
const OPERATOR = /^operator$/i;

export function callChrome(lines: readonly TextLine[]): ChromeLine[] {
  const found = new Set<number>();
  const operated = lines.filter((line) => OPERATOR.test(line.text)).length >= 2;
  const recorded = new Set(lines.filter((line) => CALL_PATTERNS.some((pattern) => pattern.test(line.text))).map((line) => line.line));
  const called = recorded.size > 0;
  lines.forEach((line, index) => {
    if (recorded.has(line.line)) found.add(line.line);
    // Only in a call's record: an event page's `SPEAKERS` is over the talks it lists.
    if (called && LABEL_OVER_LINE.test(line.text)) [line, lines[index + 1]].forEach((l) => l && found.add(l.line));
    if (PARTICIPANTS.test(line.text) || (operated && CALL_ROSTER.test(line.text))) participantLines(lines, index).forEach((l) => found.add(l));
  });
  if (operated) operatorTurns(lines).forEach((l) => found.add(l));
  return lines.filter((line) => found.has(line.line) && line.text !== '').map(({ line, text }) => ({ line, text }));
}

/** The participants heading and the `Name - Title` lines under it, blank lines between them allowed. */
function participantLines(lines: readonly TextLine[], start: number): number[] {
  const taken: number[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const { text, line } = lines[i]!;
    if (text === '') continue;
    if (!NAME_AND_TITLE.test(text)) break;
    taken.push(line);
  }
  return taken.length === 0 ? [] : [lines[start]!.line, ...taken];
}

/** Each `Operator` line and what the operator says, up to the next speaker's name alone on a line. */
function operatorTurns(lines: readonly TextLine[]): number[] {
  const taken: number[] = [];
  let operator = false;
  lines.forEach((line, index) => {
    const alone = (lines[index - 1]?.text ?? '') === '' && (lines[index + 1]?.text ?? '') === '';
    if (alone && SPEAKER_NAME.test(line.text)) operator = OPERATOR.test(line.text);
    if (operator) taken.push(line.line);
  });
  return taken;
}
