import fc from 'fast-check';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { helpers } from '../../src/render/helpers.js';

const env = Handlebars.create();
env.registerHelper(helpers);
const render = (template: string, data: unknown) => env.compile(template, { strict: true, noEscape: true })(data);

describe('template helpers', () => {
  it('arrange numbers, lists and citations', () => {
    const data = { ratio: 0.784, n: 2.345, list: ['a', 'b'], source: { ref: '`a.txt:3`' }, none: null };
    expect(render('{{percent ratio}} {{num n 1}} {{num n}} {{join list " / "}} {{src source}} {{or none "—"}}', data)).toBe('78% 2.3 2.35 a / b `a.txt:3` —');
  });

  it('print nothing, rather than fail the build, for a value some packet leaves out', () => {
    // `amount` is optional in the schema: present for one company, absent for the next.
    const template = '{{#if revenue}}[{{num revenue.amount 1}}{{percent revenue.amount}}{{join revenue.amount}}{{src revenue.source}}]{{/if}}';
    expect(render(template, { revenue: { text: '$1B' } })).toBe('[]');
  });

  it('never throw, whatever value a template hands them', () => {
    const value = fc.oneof(fc.constant(undefined), fc.jsonValue());
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(helpers)), fc.array(value, { maxLength: 3 }), (name, args) => {
        expect(() => render(`{{${name} ${args.map((_, i) => `a${i}`).join(' ')}}}`, Object.fromEntries(args.map((arg, i) => [`a${i}`, arg])))).not.toThrow();
      }),
    );
  });
});
