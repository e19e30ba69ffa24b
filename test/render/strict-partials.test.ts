import { describe, expect, it } from 'vitest';
import { check } from './check-text.js';

describe('strict check of partials, as Handlebars runs them', () => {
  it('follows partials the way Handlebars runs them: no ../ out of a partial, named in quotes too, never chosen by the data', () => {
    const gap = (text: string) => check('{{#each gaps}}{{> gap}}{{/each}}', { gap: text })?.message;
    expect(gap('{{requirement}} {{../date}}')).toBe('partials/gap.md.hbs:1:19: "../date" reaches above the top-level data');
    expect(gap('{{@root.date}} {{@index}} {{#each suggestions}}{{../requirement}}{{/each}}')).toBeUndefined();
    expect(check('{{#*inline "row"}}{{../date}}{{/inline}}{{#each gaps}}{{> row}}{{/each}}')?.message).toContain('reaches above');
    expect(check('{{> "gap"}}', { gap: '{{requirment}}' })?.message).toContain('unknown field "requirment"');
    expect(check('{{#each gaps}}{{> (lookup . "kind")}}{{/each}}')?.message).toBe('packet.md.hbs:1:19: partial named by an expression in template');
    // `{{#with this}}` adds no level: `../` still leaves `company`.
    expect(check('{{#with company}}{{#with this}}{{../name}}{{/with}}{{/with}}')?.message).toContain('unknown field "name"');
  });

  it('refuses a partial given a value that is null in some packets, unless a block guards it', () => {
    expect(check('{{> item company.mission}}', { item: '{{text}}' })?.message).toBe('packet.md.hbs:1:10: field "company.mission" is null in some packets');
    expect(check('{{#if company.mission}}{{> item company.mission}}{{/if}}', { item: '{{text}}' })).toBeUndefined();
  });

  it('checks a partial block\'s body where the partial prints it, in the context it has there', () => {
    const wrap = { wrap: '{{#each gaps}}<{{> @partial-block}}>{{/each}}' };
    expect(check('{{#> wrap}}{{requirement}} {{@index}}{{/wrap}}', wrap)).toBeUndefined();
    expect(check('{{#> wrap}}{{company.name}}{{/wrap}}', wrap)?.message).toBe('packet.md.hbs:1:14: unknown field "company" in "company.name" in template');
    // Its caller's names go with it: block parameters, `../` and what the caller guarded.
    expect(check('{{#each gaps as |g|}}{{#> box}}{{g.requirement}} {{../date}}{{/box}}{{/each}}', { box: '[{{> @partial-block}}]' })).toBeUndefined();
    expect(check('{{#if candidate}}{{#> box}}{{candidate.name}}{{/box}}{{/if}}', { box: '[{{> @partial-block}}]' })).toBeUndefined();
  });

  it('refuses {{> @partial-block}} in a partial included without a block, and checks a body no partial prints', () => {
    expect(check('{{> box}}', { box: '[{{> @partial-block}}]' })?.message).toBe('partials/box.md.hbs:1:6: no partial block for "@partial-block" in template');
    expect(check('{{#> missing}}{{kewords}}{{/missing}}')?.message).toContain('unknown field "kewords"');
    expect(check('{{#> box}}{{kewords}}{{/box}}', { box: 'no block here' })?.message).toContain('unknown field "kewords"');
  });

  it('lets a partial use the inline partials of the template that includes it, as Handlebars does', () => {
    // The layout pattern: the block declares what the layout prints.
    const layout = { layout: '<main>{{> content}}</main>' };
    expect(check('{{#> layout}}{{#*inline "content"}}{{company.name}}{{/inline}}{{/layout}}', layout)).toBeUndefined();
    expect(check('{{#> layout}}{{#*inline "content"}}{{company.nmae}}{{/inline}}{{/layout}}', layout)?.message).toBe(
      'packet.md.hbs:1:38: unknown field "nmae" in "company.nmae" in template',
    );
    const table = { table: '{{#each company.values}}{{> row}}{{/each}}' };
    expect(check('{{#*inline "row"}}- {{text}}{{/inline}}{{> table}}', table)).toBeUndefined();
    expect(check('{{> table}}', table)?.message).toBe('partials/table.md.hbs:1:29: unknown partial "row" in template');
  });

  it('refuses a decorator other than {{#*inline "name"}}, which would fail every build', () => {
    expect(check('{{#*inline row}}x{{/inline}}')?.message).toBe('packet.md.hbs:1:1: inline partial without a quoted name in template');
    expect(check('{{* log}}x')?.message).toBe('packet.md.hbs:1:1: unknown decorator "log" in template');
  });

  it('refuses a partial given two contexts, which Handlebars cannot compile', () => {
    expect(check('{{> box company role}}', { box: '' })?.message).toBe('packet.md.hbs:1:17: a partial takes one context in template');
  });
});
