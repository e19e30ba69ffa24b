import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * A team chat copied as text (Slack, Teams): who spoke and when
 * (`Priya Raman  10:32 AM` over the message, or `[10:32 AM] Priya: …` in
 * front of it), reactions (`:+1: 2`), `(edited)` and thread counters are
 * the chat's; the messages are notes about the interview, under one heading.
 */
const SPEAKER_LINE = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$/u;
const SPEAKER_PREFIX = /^\[\d{1,2}:\d{2}(?:\s?[AP]M)?\]\s+[^:\]]{1,40}:\s+/;
const CHAT_CHROME: readonly RegExp[] = [
  /^(?::[\w+-]+:\s*\d+\s*)+$/,
  /^\(edited\)$/i,
  /^\d+ repl(?:y|ies)$/i,
  /^last reply .{0,30}$/i,
  /^view thread$/i,
];

/** What the reader calls a chat's messages. */
export const CHAT_MESSAGES = 'Chat';

const speaks = (line: TextLine): boolean => SPEAKER_LINE.test(line.text) || SPEAKER_PREFIX.test(line.text);

/** Whether the text is a chat: two lines or more that say who spoke when. */
export function isTranscript(lines: readonly TextLine[]): boolean {
  return lines.filter(speaks).length >= 2;
}

/** A message's line without `[10:32 AM] Priya:` in front of it; the column moves past it. */
export function withoutSpeaker(line: TextLine): TextLine {
  const prefix = SPEAKER_PREFIX.exec(line.text);
  return prefix ? { ...line, text: line.text.slice(prefix[0].length), column: line.column + prefix[0].length } : line;
}

export function transcriptChrome(lines: readonly TextLine[]): ChromeLine[] {
  return lines.filter((line) => SPEAKER_LINE.test(line.text) || CHAT_CHROME.some((pattern) => pattern.test(line.text))).map(({ line, text }) => ({ line, text }));
}

/** The line the chat starts on: its first speaker. */
export function transcriptStart(lines: readonly TextLine[]): number | undefined {
  return lines.find(speaks)?.line;
}
