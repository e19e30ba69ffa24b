import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * A slide deck saved as text (PowerPoint's outline, Keynote's or Google
 * Slides' plain-text export): each slide opens with a `Slide 3` marker over
 * its title, then its bullet text, often with no blank lines at all. The
 * markers are furniture; the title under each heads that slide's lines, so
 * a slide of competitors never runs on into the next slide's risks.
 */
const MARKER = /^slide \d{1,3}(?: (?:of|\/) \d{1,3})?:?$/i;
// What a deck's last slide says to its audience, not about the company.
// Not a bare `Questions`: a slide of that title holds questions of its own.
const CLOSING = /^(?:(?:thank you|thanks|any questions|q ?& ?a)[.!?]*|questions\?+)$/i;
const DECK_SLIDES = 3;
const TITLE_WORDS = 12;

const isDeck = (lines: readonly TextLine[]): boolean => lines.filter((line) => MARKER.test(line.text)).length >= DECK_SLIDES;

/** The first line with text after line `index`, unless another marker comes first. */
function titleAfter(lines: readonly TextLine[], index: number): number | undefined {
  for (let i = index + 1; i < lines.length; i += 1) {
    const text = lines[i]!.text;
    if (MARKER.test(text)) return undefined;
    if (text !== '') return i;
  }
  return undefined;
}

const isTitle = (text: string): boolean => text.split(/\s+/).length <= TITLE_WORDS && !/[.;,]$/.test(text);

/** The lines of a deck, each slide's title marked as a heading the source gives. */
export function withSlideTitles(lines: readonly TextLine[]): TextLine[] {
  if (!isDeck(lines)) return [...lines];
  const titles = new Set<number>();
  lines.forEach((line, index) => {
    const title = MARKER.test(line.text) ? titleAfter(lines, index) : undefined;
    if (title !== undefined && isTitle(lines[title]!.text) && !CLOSING.test(lines[title]!.text)) titles.add(title);
  });
  return lines.map((line, index) => (titles.has(index) ? { ...line, heading: 2 } : line));
}

/** A deck's slide markers and its closing slide's thanks. */
export function slideChrome(lines: readonly TextLine[]): ChromeLine[] {
  if (!isDeck(lines)) return [];
  return lines.filter((line) => MARKER.test(line.text) || CLOSING.test(line.text)).map(({ line, text }) => ({ line, text }));
}
