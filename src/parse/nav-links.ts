import { SITE_LINKS } from './site-chrome.js';

// Links of a site's header and footer: a line made of these, separated by `|`, `·` or `•`, is a navigation bar.
const NAV_LINKS: ReadonlySet<string> = new Set([
  'home', 'about', 'about us', 'careers', 'jobs', 'blog', 'news', 'newsroom', 'press', 'contact', 'contact us', 'privacy',
  'privacy policy', 'terms', 'terms of use', 'terms of service', 'imprint', 'impressum', 'legal', 'cookies', 'cookie policy',
  'cookie settings', 'sitemap', 'accessibility', 'help', 'support', 'faq', 'faqs', 'log in', 'login', 'sign in', 'sign up',
  'pricing', 'products', 'solutions', 'resources', 'company', 'team', 'our team', 'investors', 'partners', 'events', 'docs',
  'documentation', 'status', 'security', 'trust', 'community', 'customers', 'culture', 'benefits', 'locations',
  // A careers site's own sections.
  'teams', 'our teams', 'open roles', 'open positions', 'students', 'graduates', 'early careers', 'internships', 'how we hire',
  // The tabs of a company page on a social or review site.
  'overview', 'posts', 'people', 'life', 'reviews', 'salaries', 'interviews', 'photos', 'videos', 'insights',
  'privacy notice', 'vulnerability disclosure', 'responsible disclosure', ...SITE_LINKS,
]);

/** A word or three of letters, as a menu's links are (`Careers`, `Life at Acme`). */
export const isLinkWords = (text: string): boolean => text !== '' && text.split(/\s+/).length <= 3 && /^\p{L}[\p{L} ]*$/u.test(text);

/** `• Careers`, `- Teams`: a link of a navigation list written as a bullet. */
export const withoutBullet = (text: string): string => text.replace(/^[•·▪◦‣*+-]\s+/u, '');

/** One of the usual links of a site's header or footer, `Life at Acme` among them. */
export function isNavLink(text: string): boolean {
  const link = withoutBullet(text).trim().toLowerCase();
  return NAV_LINKS.has(link) || /^(?:life|working) at \S+$/.test(link);
}

// No `\s*` around it: the parts are trimmed, and `\s*[|·•]` backtracks quadratically on a long run of spaces.
const NAV_SEPARATOR = /[|·•]/;

/** `Home | About | Careers | Contact`: most parts are the usual site links, and none is longer than a link. */
export function isNavBar(text: string): boolean {
  const parts = text.split(NAV_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/).length > 4)) return false;
  const links = parts.filter(isNavLink).length;
  return links >= 2 && links * 2 >= parts.length;
}

/**
 * `Careers` / `Teams` / `Locations`, one to a line or a list of links: a
 * site's navigation when three or more are all the usual links. A list of
 * values (`Candor`, `Courage`) or a stack (`Go`, `Rust`) names none of them,
 * and a job title among links (`Sign in` / `Firmware Engineer` / `Apply`) is
 * the page's own.
 */
export function isNavRun(texts: readonly string[]): boolean {
  return texts.length >= 3 && texts.every(isNavLink);
}
