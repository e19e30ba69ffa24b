import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/parse/chrome.js';
import { menuChrome } from '../../src/parse/markdown-menu.js';
import { isNavLink } from '../../src/parse/nav-links.js';
import { splitLines } from '../../src/parse/text-lines.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);
const menuOf = (markdown: string) => menuChrome(fromMarkdown(markdown)).map((c) => [c.line, c.text]);

// Words of a careers site's menu, and words a company's short lists are made of.
// Four at most: a fifth that names a section (`About us`) may be the page's first heading, as tabs over a page are.
const links = fc.shuffledSubarray(['Careers', 'Teams', 'Locations', 'Benefits', 'Students', 'About us', 'Life at Acme', 'Jobs'], { minLength: 3, maxLength: 4 });
const listWords = fc.uniqueArray(fc.constantFrom('Candor', 'Courage', 'Craft', 'Go', 'Rust', 'Postgres', 'Kafka', 'Ownership', 'Pension', 'Growth'), { minLength: 2, maxLength: 6 });

describe('a careers site\'s menu in a page saved as text', () => {
  it('is chrome above the first section heading, three links one to a line or bulleted', () => {
    expect(chromeOf('Acme\n\nCareers\nTeams\nLocations\n\nAcme builds buses.\n')).toEqual(['Careers', 'Teams', 'Locations']);
    expect(chromeOf('Acme\n\n• Careers\n• Teams\n• Locations\n\nAcme builds buses.\n')).toEqual(['• Careers', '• Teams', '• Locations']);
  });

  it('leaves a short list under a heading alone, even one of words a menu uses (`Trust`, `Security`)', () => {
    expect(chromeOf('Acme\n\nOur values\n\nTrust\nSecurity\nCommunity\n\nTech stack\n\n• Go\n• Rust\n• Kafka\n')).toEqual([]);
  });

  it('takes any menu of three or more site links at the head of a page, bulleted or not, and nothing after it', () => {
    fc.assert(fc.property(links, fc.boolean(), listWords, (menu, bulleted, values) => {
      const lines = menu.map((link) => (bulleted ? `• ${link}` : link));
      const page = ['Acme', '', ...lines, '', 'Acme builds buses.', '', 'Values', '', ...values, ''].join('\n');
      expect(chromeOf(page)).toEqual(lines);
    }));
  });

  it('never takes a short list of words that are no site links for a menu, wherever it stands', () => {
    fc.assert(fc.property(listWords, fc.boolean(), (words, bulleted) => {
      const lines = words.map((word) => (bulleted ? `• ${word}` : word));
      expect(chromeOf(['Acme', '', ...lines, '', 'Acme builds buses.', ''].join('\n'))).toEqual([]);
    }));
  });
});

describe('a careers site\'s menu in a page clipped to markdown', () => {
  it('is chrome, one line per link, above the first section heading', () => {
    const page = '# Data Engineer at Acme\n\n- [Careers](/careers)\n- [Teams](/teams)\n- [Locations](/locations)\n\n## Values\n\n- Candor\n- Courage\n';
    expect(menuOf(page)).toEqual([[3, 'Careers'], [4, 'Teams'], [5, 'Locations']]);
  });

  it('is never a list under a section heading, nor a list of anything but site links', () => {
    fc.assert(fc.property(links, listWords, (menu, words) => {
      expect(menuOf(`# Acme\n\n## Benefits\n\n${menu.map((link) => `- [${link}](/x)`).join('\n')}\n`)).toEqual([]);
      expect(menuOf(`# Acme\n\n${words.map((word) => `- [${word}](/x)`).join('\n')}\n`)).toEqual([]);
    }));
  });
});

describe('isNavLink', () => {
  it('reads a link with or without its bullet, in any case', () => {
    fc.assert(fc.property(fc.constantFrom('Careers', 'TEAMS', 'life at Acme', 'Open roles'), fc.constantFrom('', '• ', '- '), (link, bullet) => {
      expect(isNavLink(`${bullet}${link}`)).toBe(true);
    }));
  });
});
