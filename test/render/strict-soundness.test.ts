import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { probePackets } from '../../src/render/probe-packets.js';
import { buildView } from '../../src/render/view.js';
import { check, env } from './check-text.js';
import { loadPacket } from './fixtures.js';

const views = [...(['mle', 'worksheet', 'injection'] as const).map(loadPacket), ...probePackets()].map(buildView);

/** Field names of the view at several depths, a few near misses, and Handlebars' own path words. */
const NAMES = ['company', 'role', 'candidate', 'gaps', 'skillsMap', 'coverage', 'keywords', 'highlights', 'strategyNow', 'atAGlance',
  'mission', 'overview', 'revenue', 'team', 'name', 'title', 'text', 'label', 'source', 'ref', 'requirement', 'suggestions', 'evidence',
  'ratio', 'length', '[0]', 'amount', 'alternatives', 'headline', 'requirment', 'nmae', 'this', '../date', '../name', '@root.company', '@index'];

const path = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));

/**
 * Small templates made of fields, helper calls, #each, #if/else, #with and
 * #unless over those names, and either includes of the partial `p` (with
 * and without an argument, and as a block) or, for `p` itself, `{{> @partial-block}}`.
 */
function templates(partials: boolean): fc.Arbitrary<string> {
  return fc.letrec<{ node: string; body: string }>((tie) => ({
    body: fc.array(tie('node'), { maxLength: 3 }).map((nodes) => nodes.join(' ')),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      path.map((p) => `{{${p}}}`),
      fc.tuple(fc.constantFrom('num', 'percent', 'join', 'src', 'or'), path).map(([helper, p]) => `{{${helper} ${p}}}`),
      fc.tuple(fc.constantFrom('each', 'if', 'with', 'unless'), path, tie('body'), tie('body')).map(
        ([helper, p, body, inverse]) => `{{#${helper} ${p}}}${body}{{else}}${inverse}{{/${helper}}}`,
      ),
      ...(partials
        ? [fc.option(path, { nil: '' }).map((p) => `{{> p ${p}}}`), tie('body').map((body) => `{{#> p}}${body}{{/p}}`)]
        : [fc.constant('{{> @partial-block}}')]),
    ),
  })).node;
}

describe('strict check soundness', () => {
  it('a template the check accepts renders in Handlebars strict mode on every fixture and probe packet, partials included', () => {
    fc.assert(
      fc.property(templates(true), templates(false), (text, partial) => {
        if (check(text, { p: partial })) return;
        // Compiled apart and passed per call, as compile-template.ts does.
        const p = env.compile(partial, { strict: true, noEscape: true });
        const render = env.compile(text, { strict: true, noEscape: true });
        for (const view of views) expect(() => render(view, { partials: { p } }), `${text}\np: ${partial}`).not.toThrow();
      }),
      { numRuns: runs(1000) },
    );
  });
});
