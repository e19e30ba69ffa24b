import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The PDF in a file of its own, for the poppler tools. */
function pdfFile(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'prep-pdf-')), 'packet.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** Reads a PDF back with poppler-utils: its text (`pdftotext -layout`) and its `pdfinfo` fields. */
export function readPdf(pdf: Buffer): { text: string; info: Record<string, string> } {
  const file = pdfFile(pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = Object.fromEntries(
    execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1]!, match[2]!]),
  );
  return { text, info };
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** Every word of every page with its box in points (`pdftotext -bbox`), origin top left. */
export function readWords(pdf: Buffer): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', pdfFile(pdf), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xhtml.split('<page ').slice(1).map((page) => {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(page)!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: decode(m[5]!),
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    return { width: Number(size[1]), height: Number(size[2]), words };
  });
}

/** The bookmark titles, depth first, as poppler reads them (`pdftohtml -xml`). */
export function readOutline(pdf: Buffer): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdfFile(pdf)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...xml.slice(xml.indexOf('<outline>')).matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((match) => decode(match[1]!));
}
