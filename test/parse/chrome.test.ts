import { describe, expect, it } from 'vitest';
import { findChrome } from '../../src/parse/chrome.js';
import { splitLines } from '../../src/parse/text-lines.js';

const chromeOf = (body: string) => findChrome(splitLines(body)).map((c) => c.text);

describe('findChrome', () => {
  it.each([
    'Skip to content', 'Share', 'Subscribe', 'Accept all cookies', 'We use cookies to improve your experience.', '© 2025 Acme Inc.',
    'Stay Updated on Acme Robotics', 'Get free monthly updates when this page changes.', '—', '·', '|', 'Follow us on LinkedIn',
    'Apply now', 'Apply now →', 'View all jobs', 'Home | About | Careers | Blog | Contact', 'Privacy Policy · Imprint · Cookie Settings',
  ])('drops %j', (line) => {
    expect(chromeOf(`Acme\n\n${line}\n\nText.\n`)).toEqual([line]);
  });

  it('drops a slogan right under a logo line, not a line after a blank', () => {
    expect(chromeOf('Acme logo\nBuild the future\n\nBuild the future\n')).toEqual(['Acme logo', 'Build the future']);
  });

  it('drops a long line from its second verbatim occurrence on, never short labels or bullets', () => {
    const mission = 'Deliver every parcel on time to every door in the country';
    const body = `${mission}\n\nStrengths\n• Speed\n\n${mission}\n\nStrengths\n• Speed\n\n${mission}\n`;
    expect(findChrome(splitLines(body)).map((c) => c.line)).toEqual([6, 11]);
  });

  it('keeps ordinary content', () => {
    expect(chromeOf('Company Profile\n\nAcme makes anvils.\n\nShare price rose 4% in 2024.\n\nKey Products & Brands\n')).toEqual([]);
  });

  it('keeps pipe-separated content that is not a list of site links', () => {
    expect(chromeOf('Skills\n\nPython | Go | Rust\n\nProducts | Anvils | Rockets\n\nApply now for a grant of up to $5k\n')).toEqual([]);
  });
});
