import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutRun, MAX_RUN } from '../../src/render/break-long-words.js';
import { markdownToHtml } from '../../src/render/markdown-to-html.js';

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);

/** The text between break opportunities: what a table column must hold whole. */
const pieces = (html: string) => html.replace(/<[^>]*>/g, ' ').split(/\s+/);

describe('long runs of text in the HTML packet', () => {
  it('cuts any run into whole graphemes, none more than MAX_RUN to a piece, and loses nothing', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }), fc.webUrl({ withQueryParameters: true, withFragments: true }));
    fc.assert(
      fc.property(text, (run) => {
        const cut = cutRun(run);
        expect(cut.join('')).toBe(run);
        for (const piece of cut) expect(graphemes(piece).length).toBeLessThanOrEqual(MAX_RUN);
        expect(cut.flatMap(graphemes)).toEqual(graphemes(run));
      }),
    );
  });

  it('breaks a URL after its slashes and dots, not inside its words', () => {
    const cut = cutRun('https://www.example.com/very/long/path/that/never/breaks/index.html');
    expect(cut.length).toBeGreaterThan(2);
    for (const piece of cut.slice(0, -1)) expect(piece).toMatch(/[/.]$/);
  });

  it('gives long URLs, paths and words in cells and headings break opportunities, and leaves everyday text alone', async () => {
    const url = `https://example.com/${'segment'.repeat(12)}/index.html`;
    const markdown = `## ${'Word'.repeat(20)}\n\n| Fact | Value |\n| --- | --- |\n| Headquarters | ${url} |\n\nShort words stay whole: internationalization.\n`;
    const html = await markdownToHtml(markdown);
    expect(html).toContain('<wbr>');
    expect(Math.max(...pieces(html).map((piece) => graphemes(piece).length))).toBeLessThanOrEqual(MAX_RUN);
    expect(html.replaceAll('<wbr>', '')).toContain(url);
    expect(html).toMatch(/<td[^>]*>Headquarters<\/td>/);
    expect(html).toContain('internationalization.');
  });

  it('leaves CJK, which breaks between characters anyway, and emoji sequences whole', async () => {
    const html = await markdownToHtml(`- ${'株式会社みらいテック'.repeat(5)} ${'👩‍💻'.repeat(30)}\n`);
    expect(html).toContain('株式会社みらいテック'.repeat(5));
    expect(html.replaceAll('<wbr>', '')).toContain('👩‍💻'.repeat(30));
    for (const piece of html.split('<wbr>')) expect(piece.startsWith('\u200d')).toBe(false);
  });

  it('keeps a citation on one line, unless it is too long for a narrow column', async () => {
    const short = await markdownToHtml('Founded in 1997 `netflix/company-profile.txt:7`\n');
    expect(short).toContain('<code>netflix/company-profile.txt:7</code>');
    const long = await markdownToHtml('Founded `holdings/Staff Platform Reliability Engineer interview prep 3f2a9c71b0d84e55.md:12`\n');
    expect(long).toMatch(/<code class="long">holdings\/Staff Platform Reliability Engineer interview prep/);
  });
});
