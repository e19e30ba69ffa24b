import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfRenderer, type PdfMeta } from '../../src/render/pdf/pdf-renderer.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { loadPacket } from './fixtures.js';
import { readPdf } from './pdf-tools.js';

let renderer: PdfRenderer;
let server: Server;
let hits: string[];
let origin: string;

beforeAll(async () => {
  renderer = await PdfRenderer.launch({ pages: 2 });
  hits = [];
  server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.end('body { color: red }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await renderer?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const meta: PdfMeta = {
  title: 'Probe',
  author: 'Tester',
  subject: 'Network probe',
  runningHead: 'Probe',
  footer: '',
  date: '2026-03-02T00:00:00Z',
  paper: 'a4',
};

describe('PDF packet', () => {
  it('holds the company, the role and the skills-table rows, with metadata and bookmarks', async () => {
    const pdf = await renderPdf(loadPacket('mle'), renderer);
    const { text, info } = readPdf(pdf);
    expect(text).toContain('Lumen Maps: Machine Learning Engineer');
    for (const cell of ['Your evidence', 'Their requirement', 'Python (required)', 'PyTorch (required)', 'Kotlin', 'synonym']) {
      expect(text).toContain(cell);
    }
    expect(text).toMatch(/page 1 of \d/);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(1);
    expect(info.Title).toBe('Lumen Maps: Machine Learning Engineer');
    expect(info.Author).toBe('Ada Moreno');
    expect(info.Subject).toBe('Interview preparation for the Machine Learning Engineer role at Lumen Maps');
    expect(info['Page size']).toContain('(A4)');
    expect(pdf.toString('latin1')).toContain('/Outlines');
  });

  it('prints on Letter and keeps non-ASCII metadata', async () => {
    const packet = loadPacket('worksheet');
    packet.company.name = 'Zoë & Ωmega <Bank>';
    const { info, text } = readPdf(await renderPdf(packet, renderer, { paper: 'letter' }));
    expect(info['Page size']).toContain('(letter)');
    expect(info.Title).toBe('Zoë & Ωmega <Bank>: Analytics Engineer');
    expect(text).toContain('Worksheet');
  });

  it('shows hostile profile text as text and makes no request', async () => {
    const before = renderer.requests.length;
    const { text } = readPdf(await renderPdf(loadPacket('injection'), renderer));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('[click](javascript:alert(1))');
    expect(renderer.requests.slice(before).filter((request) => !request.allowed)).toEqual([]);
  });

  it('blocks every network request a document attempts, and runs no script', async () => {
    // A fresh page: a pooled one keeps the packets' Content-Security-Policy, which would stop the requests earlier.
    const fresh = await PdfRenderer.launch({ pages: 1 });
    const html =
      `<!doctype html><html><head><link rel="stylesheet" href="${origin}/style.css">` +
      `<style>@import url("${origin}/import.css"); body { background: url("${origin}/bg.png") }</style>` +
      `<script src="${origin}/app.js"></script></head><body><h1>Probe</h1>` +
      `<img src="${origin}/pixel.png"><iframe src="${origin}/frame.html"></iframe>` +
      `<script>document.body.textContent = 'SCRIPT RAN'</script></body></html>`;
    const { text } = readPdf(await fresh.render(html, meta).finally(() => fresh.close()));
    expect(text).toContain('Probe');
    expect(text).not.toContain('SCRIPT RAN');
    expect(hits).toEqual([]);
    const attempted = fresh.requests;
    expect(attempted.filter((request) => request.allowed && !/^(about:blank|data:)/.test(request.url))).toEqual([]);
    expect(attempted.filter((request) => !request.allowed).map((request) => request.url)).toContain(`${origin}/pixel.png`);
  });

  it('renders several packets at once on the pooled pages', async () => {
    const pdfs = await Promise.all(['mle', 'worksheet', 'mle'].map((name) => renderPdf(loadPacket(name as 'mle'), renderer)));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  // Chrome stamps its print time into the file; left there, the same packet would never print to the same bytes.
  it('carries only the packet\'s date, so the same packet prints to the same bytes', async () => {
    const packet = loadPacket('mle');
    const pdf = await renderPdf(packet, renderer);
    const digits = packet.builtAt.replace(/\.\d+/, '').replace(/[-:TZ]/g, '');
    const dates = [...pdf.toString('latin1').matchAll(/\/(?:CreationDate|ModDate) \(D:(\d{14})/g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThanOrEqual(4);
    expect(new Set(dates)).toEqual(new Set([digits.padEnd(14, '0')]));
  });
});

describe('PdfRenderer lifecycle', () => {
  it('closes its browser and refuses work afterwards', async () => {
    const own = await PdfRenderer.launch({ pages: 1 });
    await own.close();
    await own.close();
    await expect(own.render('<p>x</p>', meta)).rejects.toThrow(/closed/);
  });
});
