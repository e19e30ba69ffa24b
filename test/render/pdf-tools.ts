import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Reads a PDF back with poppler-utils: its text (`pdftotext -layout`) and its `pdfinfo` fields. */
export function readPdf(pdf: Buffer): { text: string; info: Record<string, string> } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'prep-pdf-')), 'packet.pdf');
  writeFileSync(file, pdf);
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
