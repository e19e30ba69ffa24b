import { classifyHeading } from '../classify/headings.js';
import { isLinkWords, isNavLink, isNavRun, withoutBullet } from './nav-links.js';
import type { TextLine } from './text-lines.js';

const TAB_RUN = 4;
const isLink = (line: TextLine): boolean => isNavLink(line.text);
const isProse = (text: string): boolean => /[.!?:]$/.test(text) || text.split(/\s+/).length > 8;

/** The tabs among a run of short lines: from its first site link to its last, less a section heading the page starts with. */
function tabsOf(run: readonly TextLine[], next: TextLine | undefined): readonly TextLine[] {
  const first = run.findIndex(isLink);
  let last = run.length - 1;
  while (last > first && !isLink(run[last]!)) last -= 1;
  const tabs = first < 0 ? [] : run.slice(first, last + 1);
  // `People` / `Overview` / prose: the page's first heading may follow the tabs straight away;
  // `Salaries` / `Benefits` / `Acme Interview Process` is one more tab, the page's title under it.
  const heads = last !== run.length - 1 || next === undefined || next.text === '' || isProse(next.text);
  return tabs.length > TAB_RUN && heads && classifyHeading(tabs.at(-1)!.text) !== undefined ? tabs.slice(0, -1) : tabs;
}

/** `Home` / `About` / `Posts` / `Jobs` / `People`, one to a line: a site's tabs copied down the page, at least half of them the usual links. */
export function tabLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: TextLine[] = [];
  const settle = (next?: TextLine): void => {
    const tabs = tabsOf(run, next);
    if (tabs.length >= TAB_RUN && tabs.filter(isLink).length * 2 >= tabs.length) for (const line of tabs) found.add(line.line);
    run = [];
  };
  for (const line of lines) {
    // `Signals & News` is one tab: its ampersand is not a word.
    if (line.text !== '' && line.text.split(/\s+/).filter((word) => word !== '&').length <= 2 && /^\p{L}[\p{L} &]*$/u.test(line.text)) run.push(line);
    else settle(line);
  }
  settle();
  return found;
}

/** A line short enough to be a link: a word or three of letters, bulleted or not. */
const isShortLink = (line: TextLine): boolean => isLinkWords(withoutBullet(line.text));

/**
 * `Careers` / `Teams` / `Locations` above the page's first section heading,
 * where a site puts its menu: shorter than a run of tabs, or bulleted
 * (`• Careers`), it is still the menu when it is all links. Under a heading,
 * `Trust` / `Security` / `Community` may be the company's values.
 */
export function menuLines(lines: readonly TextLine[]): Set<number> {
  const found = new Set<number>();
  let run: TextLine[] = [];
  const isHeading = (line: TextLine | undefined): boolean => line !== undefined && classifyHeading(withoutBullet(line.text)) !== undefined;
  for (const line of [...lines, undefined]) {
    if (line && isShortLink(line)) {
      run.push(line);
      continue;
    }
    const links = tabsOf(run, line);
    if (isNavRun(links.map((link) => link.text))) for (const link of links) found.add(link.line);
    // A section heading standing alone, not one more link of a menu, ends the page's head.
    else if (run.length === 1 && isHeading(run[0])) break;
    if (line?.text && isHeading(line)) break;
    run = [];
  }
  return found;
}
