import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelOfText, texts } from '../helpers/model.js';

const PAGE = [
  'Acme', // 1
  '',
  '🚀 Product Analyst, Growth',
  '📍 Lisbon, Portugal · Hybrid · Full-time',
  '', // 5
  "🧭 What you'll do",
  '✅ Own the metrics for onboarding',
  '✅ Design and read A/B tests',
  '',
  '🤝 Our values', // 10
  '💬 Talk straight',
  '🫶 Fair by default',
  '',
  '📝 Interview process',
  '1️⃣ Intro call with Talent', // 15
  '2️⃣ SQL and product case',
].join('\n');

describe('a careers page that lists with an emoji per item', () => {
  it('reads the lines under a known heading as items, without their emoji, and a posting\'s pin as its workplace', () => {
    const { company } = modelOfText('acme/job.txt', PAGE);
    const role = company.roles[0]!;
    expect([role.title, texts(role.responsibilities)]).toEqual(['Product Analyst, Growth', ['Own the metrics for onboarding', 'Design and read A/B tests']]);
    expect(texts(company.values)).toEqual(['Talk straight', 'Fair by default']);
    expect(texts(company.notes.filter((n) => n.label === '📝 Interview process'))).toEqual(['Intro call with Talent', 'SQL and product case']);
    expect(role.notes.map((n) => [n.label, n.text])).toEqual([['Workplace', 'Lisbon, Portugal · Hybrid · Full-time']]);
    expect(company.overview.headquarters).toBeNull();
  });

  it('takes an emoji line for an item only in a run under a known heading', () => {
    const emoji = fc.constantFrom('✅', '🌴', '💬', '🔁', '⭐');
    const words = fc.array(fc.stringMatching(/^[a-z]{2,7}$/), { minLength: 2, maxLength: 4 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(emoji, words), { minLength: 1, maxLength: 5 }), fc.boolean(), (items, headed) => {
        const lines = items.map(([e, w]) => `${e} ${w}`);
        expect(lines.every((line) => /^\p{Extended_Pictographic}/u.test(line))).toBe(true);
        const text = `Acme makes rope for harbours and ships.\n\n${headed ? 'Our values\n' : ''}${lines.join('\n')}\n`;
        const { company } = modelOfText('acme/page.txt', text);
        expect(texts(company.values)).toEqual(headed ? items.map(([, w]) => w) : []);
      }),
    );
  });
});
