import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compile.js';
import type { Packet } from '../../src/model/packet.js';
import { lightStem } from '../../src/tailor/match/light-stem.js';
import { roleTerms, scoreTexts } from '../../src/tailor/relevance.js';
import { resolveRole } from '../../src/tailor/resolve-role.js';
import { fixtures, repoRoot } from '../helpers/cli.js';
import { build, fixtureModel } from './helpers.js';

const netflix = fixtureModel('netflix');
const text = (h: Packet['highlights'][number]) => `${h.title} ${h.text}`;
const products = (p: Packet) => p.highlights.filter((h) => h.kind === 'product');
const others = (p: Packet) => p.highlights.filter((h) => h.kind !== 'product');

describe('highlight ranking', () => {
  it('MLE leads with ML, recommendation and AI; its first product is the ranking/personalization one', () => {
    const mle = build(netflix, 'mle');
    for (const h of mle.highlights.slice(0, 4)) expect(text(h)).toMatch(/\bML\b|machine learning|\bmodels?\b|recommend|personali[sz]|\bAI\b/i);
    // Not the ad business, though the role's family also launches pricing and ads features.
    expect(products(mle)[0]?.title).toBe('Netflix Streaming');
    expect(text(products(mle)[0]!)).toMatch(/ranking/i);
  });

  it('AE leads with engagement, churn, ads and pricing, not the CDN\'s capacity planning', () => {
    const ae = build(netflix, 'ae');
    const topic = /engagement|churn|retention|\bads?\b|ad-|advertis|pric|monetiz/i;
    for (const h of others(ae).slice(0, 3)) expect(text(h)).toMatch(topic);
    expect(text(products(ae)[0]!)).toMatch(topic);
    expect(text(products(ae)[0]!)).not.toMatch(/content delivery network|capacity planning/i);
  });

  it('orders products by the same score as the rest, highest first', () => {
    for (const role of ['mle', 'ae', 'swe']) {
      const scores = products(build(netflix, role)).map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it.each([
    ['brightboard', 'ae', 'Insights'],
    ['brightboard', 'fe', 'Rewriting the canvas renderer in WebGL'],
    ['ledgerly', 'ds', 'Risk Engine'],
    ['ledgerly', 'be', 'Ledger API'],
  ])('%s / %s leads its highlights with %s', (id, role, title) => {
    expect(build(fixtureModel(id), role).highlights[0]?.title).toContain(title);
  });

  it('emberfall, compiled from its documents: C++/HLSL roles lead with the engine, Go/telemetry roles with the telemetry service', async () => {
    const { company } = await compile(path.join(fixtures, 'profiles'), 'emberfall', { cwd: repoRoot });
    expect(products(build(company, 'Graphics Programmer'))[0]?.title).toBe('Kiln Engine');
    expect(products(build(company, 'Gameplay Programmer'))[0]?.title).toBe('Kiln Engine');
    expect(products(build(company, 'Backend Engineer'))[0]?.title).toBe('Lantern');
  });

  it('does not let a long paragraph win by size: filler around the same terms lowers the score', () => {
    const role = roleTerms(netflix, resolveRole(netflix, 'ae'));
    const focused = 'Reduce churn and lift engagement of the ad tier';
    const filler = 'across devices, studios, regions, partners, catalogues, seasons, formats, languages, and launch calendars';
    const [short = 0, long = 0] = scoreTexts([focused, `${focused} ${filler} ${filler.replace(/s\b/g, 'ing')}`], role);
    expect(short).toBeGreaterThan(0);
    expect(long).toBeLessThan(short);
  });

  it('weighs an item\'s title: the same words named in the title rank above a mention in passing', () => {
    const role = roleTerms(netflix, resolveRole(netflix, 'ae'));
    const [titled = 0, mentioned = 0] = scoreTexts(
      [{ title: 'Churn', text: 'Monthly rate below 3.5% in every market' }, { title: 'Markets', text: 'Monthly churn rate below 3.5% in every' }],
      role,
    );
    expect(titled).toBeGreaterThan(mentioned);
  });

  it.each([
    ['ads', 'ad', true],
    ['analytics', 'analyzing', true],
    ['analyst', 'analysis', true],
    ['catalyst', 'catalyze', true],
    ['pricing', 'price', true],
    ['production', 'product', false],
    ['analytics', 'anal', false],
    ['bus', 'bu', false],
  ])('topic stems: %s and %s meet: %s', (a, b, same) => {
    expect(lightStem(a) === lightStem(b)).toBe(same);
  });
});
