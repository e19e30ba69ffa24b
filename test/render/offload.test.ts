import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeMarkdown } from '../../src/render/normalize-markdown.js';
import { markdownToHtml } from '../../src/render/markdown-to-html.js';

// Worker threads run only from the build (npm test builds first): the test imports dist/.
const dist = (await import(new URL('../../dist/render/offload.js', import.meta.url).href)) as typeof import('../../src/render/offload.js');

const markdownish = fc.array(fc.constantFrom('# A', '## B', '- item', '| a | b |', '| --- | --- |', 'text *em*', '`code`', 'x@y.co', ''), {
  maxLength: 12,
});

describe('render workers', () => {
  afterAll(() => dist.stopRenderWorkers());

  it('give the same markdown and HTML as the in-thread functions, many at once', async () => {
    dist.startRenderWorkers(2);
    await fc.assert(
      fc.asyncProperty(fc.array(markdownish, { minLength: 1, maxLength: 6 }), async (docs) => {
        const texts = docs.map((lines) => lines.join('\n'));
        const [md, html] = await Promise.all([
          Promise.all(texts.map((text) => dist.offload('markdown', text))),
          Promise.all(texts.map((text) => dist.offload('html', text))),
        ]);
        expect(md).toEqual(await Promise.all(texts.map(normalizeMarkdown)));
        expect(html).toEqual(await Promise.all(texts.map(markdownToHtml)));
      }),
      { numRuns: 20 },
    );
  });

  it('fall back to in-thread work once stopped', async () => {
    await dist.stopRenderWorkers();
    expect(await dist.offload('markdown', '* a')).toBe('- a\n');
  });
});
