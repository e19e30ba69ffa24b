import { describe, expect, it } from 'vitest';
import { renderPacket } from '../../src/render/render-packet.js';
import { loadPacket } from './fixtures.js';

const html = (name: 'mle' | 'injection', paper: 'a4' | 'letter' = 'a4') => renderPacket(loadPacket(name), { format: 'html', paper });

/** Every attribute of every tag, as `name=value`. */
function attributes(document: string): string[] {
  return [...document.matchAll(/<[a-z][^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s([^\s=>]+)(?:=("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((match) => `${match[1]}=${match[2] ?? ''}`),
  );
}

describe('HTML packet', () => {
  it('is a standalone document: inline CSS, nothing loaded from elsewhere', async () => {
    const document = await html('mle');
    expect(document).toMatch(/^<!doctype html>/);
    expect(document).toContain('<title>Lumen Maps: Machine Learning Engineer</title>');
    expect(document).toContain('<meta name="author" content="Ada Moreno">');
    expect(document).toMatch(/<style>[\s\S]*tr \{ break-inside: avoid/);
    expect(document).not.toMatch(/<link|<script|<img|@import|url\(/i);
    expect(document).toContain('<th>Your evidence</th>');
  });

  it('sets the paper size and a running header and "page X of Y" footer', async () => {
    expect(await html('mle', 'a4')).toMatch(/@page \{ size: A4;/);
    const letter = await html('mle', 'letter');
    expect(letter).toMatch(/@page \{ size: letter;/);
    expect(letter).toContain('"page " counter(page) " of " counter(pages)');
    expect(letter).toMatch(/@top-left \{ content: "Lumen Maps · Machine Learning Engineer"/);
  });

  it('keeps hostile profile text inert: no script, handlers, javascript: URLs or remote images', async () => {
    const document = await html('injection');
    // <wbr> break opportunities in long runs are invisible: the text reads without them.
    const body = document.slice(document.indexOf('<body>')).replaceAll('<wbr>', '');
    expect(body).not.toMatch(/<script|<img|<iframe|<b onclick/i);
    const attrs = attributes(document);
    expect(attrs.filter((attribute) => /^on/i.test(attribute))).toEqual([]);
    expect(attrs.filter((attribute) => /javascript:/i.test(attribute))).toEqual([]);
    expect(attrs.filter((attribute) => /^src=/i.test(attribute))).toEqual([]);
    // The text is still there for the reader, escaped.
    expect(body).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(body).toContain('[click](javascript:alert(1))');
    expect(body).toContain('a | b');
  });

  it('cannot break out of the <style> element or the head through names', async () => {
    const packet = loadPacket('mle');
    packet.company.name = '</style><script>alert(1)</script>';
    const document = await renderPacket(packet, { format: 'html' });
    expect(document.match(/<\/style>/g)).toHaveLength(1);
    expect(document).not.toContain('<script>');
  });

  it('is byte-identical for the same packet', async () => {
    expect(await html('mle')).toBe(await html('mle'));
  });
});
