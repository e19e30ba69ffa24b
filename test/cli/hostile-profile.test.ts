import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { readPdf } from '../render/pdf-tools.js';

// A profile document full of markup, template syntax and script, built end to
// end through the CLI: it must come out as literal, inert text in every format.
const out = mkdtempSync(path.join(tmpdir(), 'prep-hostile-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a hostile profile, end to end', async () => {
  const r = await prep(['--profiles', path.join(fixtures, 'hostile'), 'build', 'evil-corp', '--role', 'swe', '--format', 'md,html,pdf', '--out', out]);
  const read = (ext: string) => readFileSync(path.join(out, `evil-corp-software-engineer.${ext}`));

  it('builds', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('markdown: template syntax stays literal and table pipes are escaped', () => {
    const md = read('md').toString('utf8');
    expect(md).toContain('{{constructor.constructor}}');
    expect(md).toContain('{{> partial}}');
    expect(md).toMatch(/^\| Industry +\| Widgets \\\| Gadgets +\|/m);
    expect(md).not.toMatch(/<script|<img|onclick/i);
  });

  it('HTML: no script, event handler, javascript: URL or remote image', () => {
    const html = read('html').toString('utf8');
    expect(html).not.toMatch(/<script|<img|<iframe|\son\w+=/i);
    expect(html).not.toMatch(/(?:href|src)="\s*javascript:/i);
    expect(html).not.toMatch(/(?:src|href)="https?:/i);
    expect(html).toContain('Build {{> partial}} services');
  });

  it('PDF: the literal text is printed', () => {
    const { text } = readPdf(read('pdf'));
    expect(text).toContain('{{> partial}}');
    expect(text).toContain('Widgets | Gadgets');
  });
});
