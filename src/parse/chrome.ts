import { classifyHeading } from '../classify/headings.js';
import { isStrictTitle } from './heading-shape.js';
import { CHAT_PATTERNS } from './chat-chrome.js';
import { FORUM_PATTERNS } from './forum-chrome.js';
import { footerLines, formLines, JOB_BOARD_PATTERNS } from './job-board-chrome.js';
import { NEWSLETTER_PATTERNS } from './newsletter-chrome.js';
import { VIDEO_PATTERNS } from './video-chrome.js';
import { pageNumbers, runningHeaders } from './page-chrome.js';
import { SITE_PATTERNS } from './site-chrome.js';
import type { TextLine } from './text-lines.js';
import { isNavBar, isNavLink } from './nav-links.js';
import { menuLines, tabLines } from './tab-lines.js';
import type { ChromeLine } from './types.js';

const LOGO = /^\S.{0,60} logo$/i;

/**
 * Page chrome of scraped web pages: navigation, banners, share buttons,
 * separators. Generic patterns only; each is anchored and linear.
 */
export const CHROME_PATTERNS: readonly RegExp[] = [
  LOGO,
  /^stay (?:updated|up to date|informed|connected)(?: on| with)?\b/i,
  /^get (?:free|the latest|our|weekly|monthly|quarterly|daily)\b.{0,80}\bupdates?\b/i,
  /^(?:subscribe|sign up|join)(?: (?:now|today|for free))?(?: to [^.]{1,40})?$/i,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the) (?:newsletter|updates|mailing list)\b/i,
  /^skip to (?:main )?(?:content|navigation)$/i,
  // A breadcrumb trail (`Home > Vacatures > Data Engineer`): where the page sits on its site, from the site's root.
  // Only a root names it: `Screen > Onsite > Offer` or `Kafka > Flink > Snowflake` is content written with arrows.
  /^(?:home|start|startseite|accueil|inicio|jobs|careers|karriere|carrières|empleos?|vacatures|werken bij [^>›»\n]{1,30}|ホーム|トップ)(?: [>›»] [^>›»\n]{1,60}){1,6}$/iu,
  /^(?:share|share this(?: page| article| post| job| role| position| opening)?|tweet|print|email|copy link|share on \w+)$/i,
  /^(?:accept|reject|decline|manage)(?: all)? cookies\b/i,
  /^(?:we|this (?:site|website)) uses? cookies\b/i,
  /^(?:(?:read|see|view) our )?(?:cookie|privacy) (?:policy|settings|preferences|notice|statement)$/i,
  /^(?:menu|search|home|back to top|read more|learn more|log ?in|sign in|sign out|close|next|previous)$/i,
  /^(?:featured|sponsored|promoted|advertisement)$/i,
  /^(?:©|\(c\)|copyright\b|all rights reserved\b)/i,
  /^follow us\b/i,
  // Job-board buttons next to each opening.
  /^(?:apply(?: now| today| here| online| for this (?:job|role|position))?|view (?:job|role|position|details|all (?:jobs|roles|openings|positions))|see (?:all )?(?:jobs|openings|open roles|positions)|save (?:job|role)|back to (?:jobs|careers|search|all jobs))\s*[→›»>]?$/i,
  // The same apply button in the other languages of the heading table (a bare `Bewerbung` or `Solliciteren` heads a section).
  /^(?:(?:jetzt )?(?:online )?bewerben|postuler(?: maintenant| à cette offre)?|(?:aplicar|inscribirse|postularme|postúlate)(?: ahora| a esta oferta)?|solliciteer(?: direct| nu)?|direct solliciteren|今すぐ応募|応募する)\s*[→›»>]?$/iu,
  /^(?:[|—–·•\-_=*~#/\\+]\s*){1,200}$/, // separators and rules, spaced or not
  // A printed page's running header or footer: whatever it says, it ends in its page number.
  /(?:^|\s)page \d{1,4} (?:of|\/) \d{1,4}$/i,
  /^[-–—]\s?\d{1,4}\s?[-–—]$/,
  // A printed document's table of contents: its heading, and each entry's dot leader to a page number.
  /^(?:(?:table of )?contents|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|目次)$/i,
  /^\S.{0,100}?\.{4,}\s*\d{1,4}$/,
  // Buttons and counters of social and review sites, copied with the page.
  /^(?:follow|following|unfollow|message|more|like|comment|repost|report|helpful|visit website|get directions|sort by\b.{0,30})(?:\s*\(\d[\d,.]*\))?$/i,
  /^(?:see|show|view) (?:all|more|less)\b(?:\s+\S+){0,4}$/i,
  // A review site's interview questions: each numbered, with its answer buttons and counters.
  /^(?:answer (?:this )?question|add (?:an )?answer|(?:see|show|view) answers?|\d{1,4} answers?|question \d{1,3})$/i,
  /^external link for\b/i,
  /(?:^|·\s*)[\d.,]+[km]?\+?\s+(?:followers|connections|associated members|applicants|reviews|ratings)$/i,
  // A post's or opening's age, alone or before what the site adds (`· Edited`, `· 27 applicants`); `3 years ago we moved…` is a sentence.
  /^\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago(?:\s*[·•|].{0,60})?$/i,
  /^(?:\d(?:\.\d)?\s*)?[★☆]{3,5}$/u,
  ...JOB_BOARD_PATTERNS,
  ...CHAT_PATTERNS,
  ...FORUM_PATTERNS,
  ...SITE_PATTERNS,
  ...NEWSLETTER_PATTERNS,
  ...VIDEO_PATTERNS,
];

const TAGLINE_MAX_WORDS = 6;

// A slogan under a logo (`Align the plan`), not a Title Case name or title that happens to follow it.
function isTagline(text: string): boolean {
  const words = text.split(/\s+/).length;
  return text !== '' && words <= TAGLINE_MAX_WORDS && !/[.!?:;,]$/.test(text) && !isStrictTitle(text) && classifyHeading(text) === undefined;
}

// Long enough that a verbatim repeat is a page banner, not a short label that legitimately recurs.
function isRepeatable(line: TextLine): boolean {
  return line.text.split(/\s+/).length >= 6 && !/^[•·▪◦‣*+-]/.test(line.text) && classifyHeading(line.text) === undefined;
}

/**
 * Lines of page chrome: a pattern of the table, a navigation bar (across a line or down the page), a tagline glued under a logo
 * line, or a long line repeated verbatim (from its second occurrence on; the
 * first, say the mission, stays content).
 */
export function findChrome(lines: readonly TextLine[]): ChromeLine[] {
  const chrome: ChromeLine[] = [];
  const seen = new Set<string>();
  const tabs = new Set([...tabLines(lines), ...menuLines(lines)]);
  const form = formLines(lines);
  const headers = new Set([...runningHeaders(lines), ...pageNumbers(lines)]);
  let afterLogo = false;
  for (const line of lines) {
    const { text } = line;
    const isChrome =
      (text !== '' && CHROME_PATTERNS.some((pattern) => pattern.test(text))) ||
      isNavBar(text) ||
      tabs.has(line.line) ||
      form.has(line.line) ||
      headers.has(line.line) ||
      (afterLogo && isTagline(text)) ||
      (isRepeatable(line) && seen.has(text));
    if (isRepeatable(line)) seen.add(text);
    if (isChrome) chrome.push({ line: line.line, text });
    afterLogo = text !== '' && LOGO.test(text);
  }
  const footer = footerLines(lines, new Set(chrome.map((c) => c.line)), (line) => isNavLink(line.text));
  return footer.size === 0 ? chrome : [...chrome, ...lines.filter((line) => footer.has(line.line)).map(({ line, text }) => ({ line, text }))].sort((a, b) => a.line - b.line);
}
