import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * `0:00 Intro`, `13:30 Hiring and culture`: a chapter of the video's
 * description, a title of a few words; a timed transcript's speech (`0:00 so
 * tell me about yourself`) starts in lower case or runs longer.
 */
const CHAPTER = /^(?:\d{1,2}:)?\d{1,2}:\d{2} [\p{Lu}\p{N}][^\s.!?]*(?: [^\s]+){0,5}$/u;
/** A chapter list starts at the video's start and names at least this many. */
const MIN_CHAPTERS = 3;

/**
 * A video page's counters: `48.2K subscribers` alone, `12,408 views  Mar 4, 2025  #tags`. A sentence
 * that counts them (`12,000 subscribers to our newsletter`) is a fact, and a bare `10M` may be one.
 */
export const VIDEO_PATTERNS: readonly RegExp[] = [
  /^[\d.,]+[KMB]? (?:subscribers|views)(?:\s+(?:\p{L}{3,9} \d{1,2}, \d{4}|\d{1,2} \p{L}{3,9} \d{4}|\d+ \p{L}+ ago)\b.{0,100})?$/iu,
  // The description's expander.
  /^(?:…|\.\.\.)\s?more$/i,
];

/**
 * A video page copied with its description: the chapter list (`0:00 Intro`
 * over `1:12 Why old houses` …) is the player's links into the video, not
 * what was said. A transcript's bare times stay: taken out, they would break
 * its speech into lines of a few words each.
 */
export function videoChrome(lines: readonly TextLine[]): ChromeLine[] {
  const found: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^(?:0:)?0:00 /.test(lines[i]!.text)) continue;
    let end = i;
    while (end < lines.length && CHAPTER.test(lines[end]!.text)) end += 1;
    if (end - i >= MIN_CHAPTERS) found.push(...lines.slice(i, end));
    i = end;
  }
  return found.map(({ line, text }) => ({ line, text }));
}
