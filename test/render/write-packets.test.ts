import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { parseFormats } from '../../src/output/formats.js';
import { outputName } from '../../src/output/output-path.js';
import { writeAtomic } from '../../src/output/write-atomic.js';
import { writePackets } from '../../src/render/write-packets.js';
import { loadPacket } from './fixtures.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'prep-out-'));

function sink(isTTY = false): PassThrough & { isTTY: boolean; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = Object.assign(new PassThrough(), { isTTY, text: () => Buffer.concat(chunks).toString() });
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return stream;
}

const failingRenderer = { render: async () => Promise.reject(new Error('browser crashed mid-render')) };

describe('writePackets', () => {
  it('writes <company>-<role-slug>.<ext> for each format into --out', async () => {
    const out = tempDir();
    const written = await writePackets(loadPacket('mle'), { formats: ['md', 'json', 'html'], out, stdout: sink() });
    expect(written.map((entry) => path.basename(entry.path))).toEqual([
      'lumen-maps-machine-learning-engineer.md',
      'lumen-maps-machine-learning-engineer.json',
      'lumen-maps-machine-learning-engineer.html',
    ]);
    expect(readFileSync(path.join(out, 'lumen-maps-machine-learning-engineer.json'), 'utf8')).toBe(
      `${JSON.stringify(loadPacket('mle'), null, 2)}\n`,
    );
  });

  it('writes nothing and keeps existing files when a renderer fails mid-way', async () => {
    const out = tempDir();
    const existing = path.join(out, 'lumen-maps-machine-learning-engineer.md');
    writeFileSync(existing, 'the previous packet\n');
    const build = writePackets(loadPacket('mle'), { formats: ['md', 'pdf'], out, stdout: sink(), renderer: failingRenderer });
    await expect(build).rejects.toThrow('mid-render');
    expect(readdirSync(out)).toEqual(['lumen-maps-machine-learning-engineer.md']);
    expect(readFileSync(existing, 'utf8')).toBe('the previous packet\n');
  });

  it('writes markdown to stdout with -o - and refuses a PDF to a terminal', async () => {
    const stdout = sink();
    await writePackets(loadPacket('worksheet'), { formats: ['md'], output: '-', stdout });
    expect(stdout.text()).toMatch(/^# Harbor Bank: Analytics Engineer/);
    const terminal = sink(true);
    await expect(writePackets(loadPacket('worksheet'), { formats: ['pdf'], output: '-', stdout: terminal })).rejects.toBeInstanceOf(UsageError);
    expect(terminal.text()).toBe('');
  });

  it('refuses -o with several formats', async () => {
    await expect(writePackets(loadPacket('mle'), { formats: ['md', 'html'], output: 'x.md', stdout: sink() })).rejects.toThrow(/one output/);
  });
});

describe('writeAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'nested', 'packet.md');
    await writeAtomic(file, 'first version, longer than the second\n');
    await writeAtomic(file, 'second\n');
    expect(readFileSync(file, 'utf8')).toBe('second\n');
    expect(readdirSync(path.dirname(file))).toEqual(['packet.md']);
  });
});

describe('output names and formats', () => {
  it('names files from the company id and role slug, never leaving the directory', () => {
    expect(outputName('netflix', 'machine-learning-engineer', 'pdf')).toBe('netflix-machine-learning-engineer.pdf');
    expect(outputName('acme', '../../etc/passwd', 'md')).toBe('acme-etc-passwd.md');
  });

  it('parses comma lists, defaults from the -o extension, and rejects unknown formats', () => {
    expect(parseFormats('md, PDF,html,md')).toEqual(['md', 'pdf', 'html']);
    expect(parseFormats(undefined, 'out/packet.pdf')).toEqual(['pdf']);
    expect(parseFormats(undefined, '-')).toEqual(['md']);
    expect(() => parseFormats('md,docx')).toThrow(UsageError);
  });
});

describe('writeAtomic failures', () => {
  it('calls a directory it cannot make a usage error naming it (exit 2, as in a batch)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'blocker'), 'a file where a directory should be');
    const error = await writeAtomic(path.join(dir, 'blocker', 'packet.md'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(/cannot use .*blocker as the output directory \((part of the path is a file, ENOTDIR|a file is in the way, EEXIST)\)/);
  });
});
