import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { checkDocument } from '../../src/render/check-document.js';
import { renderPacket } from '../../src/render/render-packet.js';
import { BUILTIN_TEMPLATES } from '../../src/render/template-files.js';
import { loadPacket } from './fixtures.js';
import { templateDir } from './template-dir.js';

const builtinDocument = readFileSync(path.join(BUILTIN_TEMPLATES, 'document.html.hbs'), 'utf8');
const html = (files: Record<string, string>) => renderPacket(loadPacket('mle'), { format: 'html', templateDir: templateDir(files) });
const files = { document: 'document.html.hbs', css: 'print.css' };

describe('an HTML packet from override templates', () => {
  it.each([
    ['a script', builtinDocument.replace('</main>', '</main><script src="https://cdn.example/a.js"></script>'), /document\.html\.hbs: unexpected <script>/],
    ['an event handler', builtinDocument.replace('<main class="packet">', '<main class="packet" onclick="steal()">'), /document\.html\.hbs: unexpected an event handler \(onclick\)/],
    ['a remote image', builtinDocument.replace('</main>', '</main><img src="http://tracker.example/p.png">'), /unexpected <img>/],
    ['a remote stylesheet', builtinDocument.replace('<style>', '<link rel="stylesheet" href="https://fonts.example/f.css"><style>'), /unexpected <link>/],
    ['a javascript: link', builtinDocument.replace('</main>', '</main><a href="javascript:alert(1)">x</a>'), /unexpected a link or source \(href="javascript:alert\(1\)"\)/],
  ])('is refused with %s in document.html.hbs, naming the file', async (_, document, message) => {
    const error = await html({ 'document.html.hbs': document }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['@import url("https://fonts.example/f.css");\n', '@import'],
    ['body { background: url(http://tracker.example/bg.png); }\n', 'url(…)'],
  ])('is refused with print.css %s, naming print.css and what loads', async (css, what) => {
    await expect(html({ 'print.css': css })).rejects.toThrow(`print.css: unexpected CSS that loads a resource (\`${what}\`)`);
  });

  it('may restyle with inline data and link out from a partial', async () => {
    const document = await html({
      'print.css': 'body { background: url("data:image/png;base64,iVBORw0KGgo="); }\n',
      'partials/culture.md.hbs': '## Culture\n\nSee [their blog](https://example.com/blog).\n',
    });
    expect(document).toContain('href="https://example.com/blog"');
  });
});

describe('an HTML packet from the built-in templates', () => {
  it.each(['mle', 'worksheet', 'injection'] as const)('%s: runs and loads nothing', async (name) => {
    await expect(checkDocument(await renderPacket(loadPacket(name), { format: 'html' }), files)).resolves.toBeUndefined();
  });
});
