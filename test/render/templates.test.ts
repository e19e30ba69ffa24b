import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, UsageError } from '../../src/errors.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { BUILTIN_TEMPLATES } from '../../src/render/template-files.js';
import { loadPacket } from './fixtures.js';
import { headings } from './markdown-text.js';
import { templateDir } from './template-dir.js';

describe('template overrides', () => {
  it('replaces one partial by file name and keeps the built-in others', async () => {
    const dir = templateDir({ 'partials/culture.md.hbs': '## How it feels to work there\n\n{{#each company.culture}}\n- {{text}}\n{{/each}}\n' });
    const markdown = await renderPacket(loadPacket('mle'), { format: 'md', templateDir: dir });
    const sections = headings(markdown, 2);
    expect(sections).toContain('How it feels to work there');
    expect(sections).not.toContain('Culture notes');
    expect(sections.indexOf('How it feels to work there')).toBe(sections.indexOf('Questions to ask them') + 1);
    expect(sections).toContain('Skills to requirements');
  });

  it('accepts a partial at the top of the directory too', async () => {
    const dir = templateDir({ 'sources.md.hbs': '## Read\n\n{{#each sources}}\n- {{file}}\n{{/each}}\n' });
    const markdown = await renderPacket(loadPacket('mle'), { format: 'md', templateDir: dir });
    expect(headings(markdown, 2).at(-1)).toBe('Read');
  });

  it('overrides the print stylesheet of the HTML packet', async () => {
    const dir = templateDir({ 'print.css': 'body { color: rebeccapurple; }\n' });
    const html = await renderPacket(loadPacket('mle'), { format: 'html', templateDir: dir });
    expect(html).toContain('rebeccapurple');
    expect(html).not.toContain('--accent');
  });

  it('names the template file, line and field when a template uses a missing field', async () => {
    const dir = templateDir({ 'partials/gaps.md.hbs': '## Gaps\n\n{{#each gaps}}\n- {{requirment}}\n{{/each}}\n' });
    const error = await renderPacket(loadPacket('mle'), { format: 'md', templateDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/partials\/gaps\.md\.hbs:4:\d+: unknown field "requirment"/);
  });

  it('reports a template syntax error with its file', async () => {
    const dir = templateDir({ 'packet.md.hbs': '# {{company.name}\n' });
    const error = await renderPacket(loadPacket('mle'), { format: 'md', templateDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('packet.md.hbs');
  });

  it('has no log helper, which would print into a packet written to stdout', async () => {
    const dir = templateDir({ 'packet.md.hbs': '# {{company.name}}\n{{log role.title}}\n' });
    const error = await renderPacket(loadPacket('mle'), { format: 'md', templateDir: dir }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/packet\.md\.hbs:2:3: unknown helper "log" in template$/);
  });

  it('refuses a --template directory that does not exist', async () => {
    const missing = path.join(tmpdir(), 'prep-no-such-templates');
    await expect(renderPacket(loadPacket('mle'), { format: 'md', templateDir: missing })).rejects.toBeInstanceOf(UsageError);
  });

  it('never compiles profile text: template syntax in the data is printed as written', async () => {
    const packet = loadPacket('mle');
    packet.company.name = '{{role.title}} {{> sources}} {{#each keywords}}x{{/each}}';
    const markdown = await renderPacket(packet, { format: 'md' });
    expect(markdown).toContain('# {{role.title}} {{> sources}} {{#each keywords}}x{{/each}}: Machine Learning Engineer');
  });

  it('passes the built-in templates through the strict check, which changes nothing in their output', async () => {
    // Builds without --template skip the check: this is what lets them.
    for (const fixture of ['mle', 'worksheet', 'injection'] as const) {
      for (const format of ['md', 'html'] as const) {
        const checked = await renderPacket(loadPacket(fixture), { format, templateDir: BUILTIN_TEMPLATES });
        expect(checked).toBe(await renderPacket(loadPacket(fixture), { format }));
      }
    }
  });

  it('checks an override of document.html.hbs against the data it gets', async () => {
    const typo = templateDir({ 'document.html.hbs': '<html><title>{{titel}}</title><body>{{{body}}}</body></html>\n' });
    const error = await renderPacket(loadPacket('mle'), { format: 'html', templateDir: typo }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/document\.html\.hbs:1:16: unknown field "titel" in template$/);
    const valid = templateDir({ 'document.html.hbs': '<html><title>{{title}} by {{author}}</title><body>{{{body}}}</body></html>\n' });
    const html = await renderPacket(loadPacket('mle'), { format: 'html', templateDir: valid });
    expect(html).toMatch(/^<html><title>Lumen Maps: Machine Learning Engineer by Ada Moreno<\/title>/);
  });

  it('reports a typo under a list the packet leaves empty', async () => {
    const dir = templateDir({ 'partials/gaps.md.hbs': '## Gaps\n\n{{#each gaps}}\n- {{requirment}}\n{{/each}}\n' });
    expect(loadPacket('worksheet').gaps).toEqual([]);
    const error = await renderPacket(loadPacket('worksheet'), { format: 'md', templateDir: dir }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(/partials\/gaps\.md\.hbs:4:5: unknown field "requirment" in template$/);
  });
});
