import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Paper } from '../../src/model/outputs.js';
import type { Packet } from '../../src/model/packet.js';
import { PAGE_MARGIN } from '../../src/render/page-css.js';
import { PdfRenderer } from '../../src/render/pdf/pdf-renderer.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { loadPacket } from './fixtures.js';
import { LONG_NAME, longTextPacket, UNBROKEN } from './long-text-packet.js';
import { readOutline, readWords, type PdfPage, type PdfWord } from './pdf-tools.js';

let renderer: PdfRenderer;
const printed = new Map<string, Promise<PdfPage[]>>();

beforeAll(async () => {
  renderer = await PdfRenderer.launch({ pages: 2 });
});

afterAll(async () => {
  await renderer?.close();
});

/** Each packet printed once per paper, shared by the tests. */
function pages(name: 'long' | 'mle', paper: Paper): Promise<PdfPage[]> {
  const key = `${name}/${paper}`;
  if (!printed.has(key)) {
    const packet = name === 'long' ? longTextPacket() : loadPacket('mle');
    printed.set(key, renderPdf(packet, renderer, { paper }).then(readWords));
  }
  return printed.get(key)!;
}

const MM = 72 / 25.4;
const side = Number.parseFloat(PAGE_MARGIN.left) * MM;
const top = Number.parseFloat(PAGE_MARGIN.top) * MM;
const bottom = Number.parseFloat(PAGE_MARGIN.bottom) * MM;

/** The words of the page's top or bottom margin, and how many lines they take. */
function margin(page: PdfPage, where: 'head' | 'foot'): { text: string; lines: number } {
  const words = page.words.filter((word) => (where === 'head' ? word.yMax < top : word.yMin > page.height - bottom));
  return { text: words.map((word) => word.text).join(' '), lines: new Set(words.map((word) => Math.round(word.yMin))).size };
}

function find(all: PdfPage[], text: string): { page: number; word: PdfWord } {
  for (const [page, { words }] of all.entries()) {
    const word = words.find((candidate) => candidate.text === text);
    if (word) return { page, word };
  }
  throw new Error(`"${text}" is on no page`);
}

describe.each(['a4', 'letter'] as const)('a packet full of unbroken text, on %s', (paper) => {
  it('keeps every word inside the side margins', async () => {
    const outside = (await pages('long', paper)).flatMap(({ width, words }, page) =>
      words.filter((word) => word.xMin < side - 1 || word.xMax > width - side + 1).map((word) => `page ${page + 1}: ${word.text}`),
    );
    expect(outside).toEqual([]);
  });

  // Chrome prints content wider than the paper shrunk to fit: every word would be smaller than in a plain packet.
  it('prints at full size, not shrunk to fit', async () => {
    const height = (all: PdfPage[]) => {
      const { word } = find(all, 'glance');
      return word.yMax - word.yMin;
    };
    expect(height(await pages('long', paper))).toBeCloseTo(height(await pages('mle', paper)), 1);
  });

  it('prints the running head and foot on one line each, with the role, the date and the page numbers whole', async () => {
    const all = await pages('long', paper);
    const head = margin(all[0]!, 'head');
    expect(head.lines).toBe(1);
    expect(head.text).toContain('· Machine Learning Engineer');
    expect(head.text).toContain(loadPacket('mle').builtAt.slice(0, 10));
    const foot = margin(all[1]!, 'foot');
    expect(foot.lines).toBe(1);
    expect(foot.text).toMatch(new RegExp(`^Prepared for Maria de los Santos .*page 2 of ${all.length}$`));
  });

  it('lets a page-long list item split rather than leave the page before it half empty', async () => {
    const all = await pages('long', paper);
    const start = find(all, 'notebegin').page;
    expect(find(all, 'noteend').page).toBeGreaterThan(start);
    const lastLine = Math.max(...all[start]!.words.filter((word) => word.yMax < all[start]!.height - bottom).map((word) => word.yMax));
    expect(all[start]!.height - bottom - lastLine).toBeLessThan(40);
  });

  it('never splits a row of the skills table across pages', async () => {
    const all = await pages('long', paper);
    const split = Array.from({ length: 40 }, (_, index) => index + 1).filter((row) => find(all, `row${row}a`).page !== find(all, `row${row}z`).page);
    expect(split).toEqual([]);
    expect(find(all, 'row40z').page).toBeGreaterThan(find(all, 'row1a').page);
  });
});

describe('bookmarks', () => {
  // Chrome drops the space where a heading wraps ("…Ltd Group: Machine LearningEngineer").
  it('carry the text of their headings whole, also where a heading wraps over lines', async () => {
    const outline = readOutline(await renderPdf(longTextPacket(), renderer));
    expect(outline[0]).toBe(`${LONG_NAME}: Machine Learning Engineer`);
    expect(outline).toEqual(expect.arrayContaining([`${UNBROKEN.word} heading`, 'Skills to requirements', 'Sources']));
  });
});

/** The mle packet with sixty labelled groups of notes, one to three lines each: subheadings at every height of a page. */
function manyHeadings(): Packet {
  const packet = loadPacket('mle');
  const source = { file: 'lumen-maps/notes.md', line: 1 };
  packet.company.notes = Array.from({ length: 60 }, (_, group) =>
    Array.from({ length: 1 + (group % 3) }, (_, item) => ({ text: `Note ${item} of the group, one line long.`, label: `Topic${group}`, source })),
  ).flat();
  return packet;
}

describe('headings', () => {
  it('are never the last line of a printed page: each stays with what follows it', async () => {
    const all = readWords(await renderPdf(manyHeadings(), renderer));
    expect(all.length).toBeGreaterThan(2);
    const lastLines = all.slice(0, -1).map((page) => {
      const body = page.words.filter((word) => word.yMax < page.height - bottom);
      const last = Math.max(...body.map((word) => word.yMin));
      return body.filter((word) => Math.abs(word.yMin - last) < 2).map((word) => word.text).join(' ');
    });
    expect(lastLines.filter((line) => /^(Topic\d+|Notes|Research to finish|Sources)$/.test(line))).toEqual([]);
  });
});
