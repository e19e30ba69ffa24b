import type { TextLine } from './text-lines.js';
import type { ChromeLine } from './types.js';

/**
 * A press release as a newswire's page shows it: its buttons and time
 * stamp, the `SOURCE Acme AS` line, the forward-looking-statements
 * boilerplate and the media contact block. None of it is about the company.
 */
const PRESS_PATTERNS: readonly RegExp[] = [
  /^(?:news provided by|share this article|(?:view|download) (?:original content|multimedia)\b.{0,80})$/i,
  // `Mar 03, 2025, 08:00 ET`: when the wire published it.
  /^\p{L}{3,9}\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}(?: ?[AP]M)? [A-Z]{2,4}$/u,
  /^SOURCE \p{Lu}.{0,80}$/u,
  /^(?:cautionary (?:note|statement) regarding )?forward[- ]looking statements?$|^safe harbou?r statement$/i,
  /^(?:this|the) (?:press|news) release (?:contains|includes|may contain)\b.{0,60}\bforward[- ]looking statements\b/i,
];

/** `Media contact:` and the lines under it up to the next blank line. */
const CONTACT = /^(?:media|press|investor|investor relations|news) contacts?:?$/i;

export function pressChrome(lines: readonly TextLine[]): ChromeLine[] {
  const found: ChromeLine[] = [];
  let contact = false;
  let providedBy = false;
  for (const { line, text } of lines) {
    if (text === '') contact = false;
    if (CONTACT.test(text)) contact = true;
    // `News provided by` / `Acme AS`: the wire's byline, over the name of who sent the release.
    const byline = providedBy && text !== '';
    if (byline) providedBy = false;
    if (/^news provided by$/i.test(text)) providedBy = true;
    if (contact || byline || PRESS_PATTERNS.some((pattern) => pattern.test(text))) found.push({ line, text });
  }
  return found;
}
