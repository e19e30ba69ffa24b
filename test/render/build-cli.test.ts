import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prep, repoRoot } from '../helpers/cli.js';

const profiles = path.join(repoRoot, 'profiles');
const candidate = path.join(repoRoot, 'examples/candidate.md');
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const build = (args: string[], cwd: string) => prep(['--profiles', profiles, 'build', 'netflix', ...args], { cwd, env });
const temp = () => mkdtempSync(path.join(tmpdir(), 'prep-render-cli-'));

describe('prep build: formats (netflix)', () => {
  it('writes markdown by default to packets/ and prints the path', async () => {
    const cwd = temp();
    const result = await build(['--role', 'mle'], cwd);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(path.join('packets', 'netflix-machine-learning-engineer.md'));
    expect(readFileSync(path.join(cwd, result.stdout.trim()), 'utf8')).toMatch(/^# Netflix: Machine Learning Engineer\n/);
  });

  it('writes every format into --out, byte-identical from run to run with SOURCE_DATE_EPOCH', async () => {
    const cwd = temp();
    const args = ['--role', 'mle', '--candidate', candidate, '--format', 'md,html,json,pdf', '--out', 'dist'];
    expect((await build(args, cwd)).code).toBe(0);
    const first = Object.fromEntries(['md', 'html', 'json'].map((ext) => [ext, readFileSync(path.join(cwd, 'dist', `netflix-machine-learning-engineer.${ext}`), 'utf8')]));
    expect(readdirSync(path.join(cwd, 'dist')).sort()).toEqual(['md', 'html', 'json', 'pdf'].map((ext) => `netflix-machine-learning-engineer.${ext}`).sort());
    expect(readFileSync(path.join(cwd, 'dist/netflix-machine-learning-engineer.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await build(args.slice(0, -4).concat(['--format', 'md,html,json', '--out', 'dist']), cwd)).code).toBe(0);
    for (const ext of ['md', 'html', 'json']) {
      expect(readFileSync(path.join(cwd, 'dist', `netflix-machine-learning-engineer.${ext}`), 'utf8')).toBe(first[ext]);
    }
    expect(first.md).toContain('Priya Raman');
  });

  it('builds every role of the profile, with and without the example candidate', async () => {
    const cwd = temp();
    const roles = ['swe', 'mle', 'pm', 'ae', 'coa', 'Policy Operations Analyst'];
    for (const role of roles) {
      for (const extra of [[], ['--candidate', candidate]]) {
        const result = await build(['--role', role, '--format', 'md,html', '--out', 'out', ...extra], cwd);
        expect(result.code, `${role} ${result.stderr}`).toBe(0);
      }
    }
    expect(readdirSync(path.join(cwd, 'out'))).toHaveLength(roles.length * 2);
  });

  it('writes markdown to stdout with -o -, and a PDF to a pipe', async () => {
    const cwd = temp();
    const markdown = await build(['--role', 'ae', '-o', '-'], cwd);
    expect(markdown.stdout).toMatch(/^# Netflix: Analytics Engineer/);
    const pdf = await build(['--role', 'ae', '--format', 'pdf', '-o', '-'], cwd);
    expect(pdf.code).toBe(0);
    expect(pdf.stdout.startsWith('%PDF-')).toBe(true);
  });

  it('takes the format from the -o extension and overrides templates with --template', async () => {
    const cwd = temp();
    mkdirSync(path.join(cwd, 'mine/partials'), { recursive: true });
    writeFileSync(path.join(cwd, 'mine/partials/title.md.hbs'), '# Prep for {{company.name}}\n');
    const result = await build(['--role', 'mle', '--template', 'mine', '-o', 'p.html'], cwd);
    expect(result.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'p.html'), 'utf8')).toContain('<h1>Prep for Netflix</h1>');
  });

  it.each([
    [['--role', 'mle', '--format', 'md,pdf', '-o', 'x.md'], /-o writes one output/],
    [['--role', 'mle', '--template', 'no-such-dir'], /template directory not found: .*no-such-dir/],
  ])('%j exits 2 with one clear line', async (args, message) => {
    const result = await build(args, temp());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 1 with how to get a browser when there is none', async () => {
    const cwd = temp();
    const result = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'mle', '--format', 'pdf'], {
      cwd,
      env: { ...env, PUPPETEER_EXECUTABLE_PATH: path.join(cwd, 'no-chrome') },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PUPPETEER_EXECUTABLE_PATH .*does not exist/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(cwd)).toEqual([]);
  });

  // What a non-root user meets on Ubuntu 24.04: Chrome exists but dies at once, saying why on stderr.
  it('exits 1 with one line naming the browser and what it said when it will not start', async () => {
    const cwd = temp();
    const chrome = path.join(cwd, 'chrome');
    writeFileSync(chrome, '#!/bin/sh\necho "FATAL:zygote_host_impl_linux.cc(128)] No usable sandbox!" >&2\nexit 1\n', { mode: 0o755 });
    const result = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'mle', '--format', 'pdf', '--out', 'out'], {
      cwd,
      env: { ...env, PUPPETEER_EXECUTABLE_PATH: chrome },
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: the browser at \S+chrome failed to start: FATAL:.*No usable sandbox!\. .*README's Requirements/)]);
    expect(readdirSync(cwd)).toEqual(['chrome']);
  });
});
