import { runs } from '../helpers/runs.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Highlight, Packet, PacketGap } from '../../src/model/packet.js';
import { buildView } from '../../src/render/view.js';
import { probePackets } from '../../src/render/probe-packets.js';
import { check, env } from './check-text.js';
import { loadPacket } from './fixtures.js';

describe('strict check of a template against the packet data', () => {
  it('names the file, line, column and field of a typo under a list, whatever the packet holds', () => {
    const error = check('## Gaps\n{{#each gaps}}\n- {{requirment}}\n{{/each}}\n');
    expect(error?.message).toBe('packet.md.hbs:3:5: unknown field "requirment" in template');
    expect(error?.hint).toContain('Did you mean "requirement"?');
    // A field of the items asked of the list itself: the hint shows the loop.
    expect(check('{{gaps.requirement}}')?.hint).toContain('{{#each gaps}}{{requirement}}{{/each}}');
  });

  it('reports a misspelled list, which Handlebars strict mode lets through as an empty one', () => {
    const template = '{{#each gapz}}- {{requirement}}\n{{/each}}';
    expect(() => env.compile(template, { strict: true })(buildView(loadPacket('mle')))).not.toThrow();
    expect(check(template)?.message).toMatch(/^packet\.md\.hbs:1:9: unknown field "gapz"/);
  });

  it.each([
    ['{{#if candidate}}{{else}}{{worksheeet}}{{/if}}', 'worksheeet'],
    ['{{#unless keywords.length}}{{kewords}}{{/unless}}', 'kewords'],
    ['{{#unless candidate}}{{else}}{{candidate.nmae}}{{/unless}}', 'nmae'],
    ['{{#each gaps}}{{else}}{{nothng}}{{/each}}', 'nothng'],
    ['{{#with coverage}}{{ratoi}}{{/with}}', 'ratoi'],
    ['{{#if (eq coverage.ratio 1)}}{{#each skillsMap}}{{evidnce}}{{/each}}{{/if}}', 'evidnce'],
  ])('checks branches no packet has to take: %s', (template, field) => {
    expect(check(template)?.message).toContain(`unknown field "${field}"`);
  });

  it('checks a partial where it is included, in the context it gets there, even under a false condition', () => {
    expect(check('{{#if worksheet}}{{> extra}}{{/if}}', { extra: '{{#each skillsMap}}\n{{evidnce}}{{/each}}' })?.message).toBe(
      'partials/extra.md.hbs:2:3: unknown field "evidnce" in template',
    );
    expect(check('{{#each gaps}}{{> gap}}{{/each}}', { gap: '{{requirement}} {{wieght}}' })?.message).toContain('"wieght"');
    expect(check('{{#each gaps}}{{> gap}}{{/each}}', { gap: '{{requirement}} {{weight}}' })).toBeUndefined();
  });

  it('refuses a step through a value that is null or absent in some packets unless a block guards it', () => {
    expect(check('{{candidate.name}}')?.message).toBe('packet.md.hbs:1:3: field "candidate" is null in some packets');
    expect(check('{{#if company.overview.revenue}}{{company.overview.revenue.amount}}{{/if}}')?.message).toContain(
      'field "company.overview.revenue.amount" is absent in some packets',
    );
    // A list item by number is absent from a shorter list; the hint is valid template syntax.
    expect(check('{{gaps.[0].requirement}}')?.message).toBe('packet.md.hbs:1:3: field "gaps.[0]" is absent in some packets');
    expect(check('{{gaps.[0].requirement}}')?.hint).toContain('{{#if gaps.[0]}}');
    for (const guarded of [
      '{{#if gaps.[0]}}{{gaps.[0].requirement}}{{/if}}',
      '{{#with gaps.[0]}}{{requirement}}{{/with}}',
      '{{#if candidate}}{{candidate.name}}{{/if}}',
      '{{#with candidate}}{{name}}{{/with}}',
      '{{#unless candidate}}none{{else}}{{candidate.name}}{{/unless}}',
      '{{#with company.overview.revenue}}{{#if amount}}{{amount}}{{/if}}{{/with}}',
      '{{#each role.work}}{{label}}{{/each}}',
    ]) {
      expect(check(guarded), guarded).toBeUndefined();
    }
  });

  it('accepts what Handlebars offers: ../, @root, @index, block params, this, sections, lookup, inline partials, partial arguments', () => {
    const template = [
      '{{#each gaps as |gap n|}}{{gap.requirement}} {{n}} {{@index}} {{../date}} {{@root.company.name}} {{this.weight}}',
      '{{#each suggestions}}{{this}} {{../requirement}} {{@first}}{{/each}}{{/each}}',
      '{{#*inline "row"}}{{label}}: {{value}} {{extra}}{{/inline}}{{#each atAGlance}}{{> row extra=../date}}{{/each}}',
      '{{#if company.mission}}{{> item company.mission}}{{/if}}',
      '{{lookup company "name"}} {{#each (lookup . "gaps")}}{{anything}}{{/each}} {{#gaps}}{{requirement}}{{/gaps}}',
      '{{join keywords ", "}} {{percent coverage.ratio}} {{#if candidate}}{{or candidate.name "none"}}{{/if}} {{keywords.length}}',
    ].join('\n');
    expect(check(template, { item: '{{text}} {{src source}}' })).toBeUndefined();
  });

  it('knows what #each gives: @index only inside it, and an object\'s values, with only the fields all of them have', () => {
    expect(check('{{@index}}')?.message).toBe('packet.md.hbs:1:3: unknown variable "@index" in template');
    expect(check('{{#each gaps}}{{#with source}}{{@index}}{{/with}}{{/each}}')).toBeUndefined();
    expect(check('{{#each coverage}}{{@key}}: {{this}}{{/each}}')).toBeUndefined();
    expect(check('{{#each company}}{{name}}{{/each}}')?.message).toContain('unknown field "name"');
    // `industry` is a list among the overview's facts: a value of the overview may have no `text`.
    expect(check('{{#each company.overview}}{{#if this}}{{text}}{{/if}}{{/each}}')?.message).toContain('unknown field "text"');
  });

  it('names an unknown helper or partial, with the nearest name', () => {
    const helper = check('{{percnt coverage.ratio}}');
    expect(helper?.message).toBe('packet.md.hbs:1:3: unknown helper "percnt" in template');
    expect(helper?.hint).toContain('Did you mean "percent"?');
    expect(check('{{> sorces}}', { sources: '' })?.message).toContain('unknown partial "sorces"');
  });

  it('reports a syntax error in a partial that is included, in a template writer\'s words', () => {
    expect(check('{{> broken}}', { broken: '{{#each gaps}}\n' })?.message).toBe(
      'partials/broken.md.hbs:2: template syntax error: the file ends inside a block or a {{…}}: a {{#name}} has no {{/name}}',
    );
    expect(check('\n{{#each gaps}}\n{{requirement}}\n{{/if}}')?.message).toBe('packet.md.hbs:2:4: template syntax error: {{#each}} is closed by {{/if}}');
    expect(check('{{company.name}}}')?.message).toBe('packet.md.hbs:1: template syntax error: unexpected }}}');
  });

  it('turns every Handlebars syntax error into one line naming the file and line, never the grammar\'s token names', () => {
    const piece = fc.constantFrom('{{', '}}', '{{#each gaps}}', '{{/each}}', '{{/if}}', '{{else}}', '{{requirement}}', '}}}', '{{>', '\n', 'x', '{{!', '--}}');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (text) => {
        const message = check(text)?.message ?? '';
        if (/: (unknown (field|partial|helper|variable)|field ")/.test(message)) return;
        if (message) expect(message).toMatch(/^packet\.md\.hbs:\d+(:\d+)?: template syntax error: [^\n]*$/);
        expect(message).not.toMatch(/'[A-Z_]+'|Expecting/);
      }),
      { numRuns: runs(500) },
    );
  });

  it('rejects every name a gap does not have, and accepts every one it has', () => {
    const fields = Object.keys(PacketGap.shape);
    for (const field of fields) expect(check(`{{#each gaps}}{{${field}}}{{/each}}`), field).toBeUndefined();
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,12}$/), (name) => {
        fc.pre(!fields.includes(name) && !['label', 'group', 'this', 'true', 'false', 'null', 'undefined'].includes(name) && !env.helpers[name]);
        expect(check(`{{#each gaps}}\n{{${name}}}{{/each}}`)?.message).toBe(`packet.md.hbs:2:3: unknown field "${name}" in template`);
      }),
    );
  });
});

describe('probe packets', () => {
  it('are packets, and between them hold every kind of highlight, a candidate and none', () => {
    const probes = probePackets();
    for (const probe of probes) expect(() => Packet.parse(probe)).not.toThrow();
    expect(new Set(probes.flatMap((probe) => probe.highlights.map((item) => item.kind)))).toEqual(new Set(Highlight.shape.kind.options));
    expect(probes.some((probe) => probe.candidate === null)).toBe(true);
    expect(probes.some((probe) => probe.candidate !== null)).toBe(true);
  });
});
