import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prep, repoRoot } from '../helpers/cli.js';

// A pull request adds `profiles/netflix/notes.txt -> /…/secret.txt`; CI runs check and build --all.
describe('a profile document linking outside the profiles directory', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'prep-link-'));
  cpSync(path.join(repoRoot, 'profiles', 'netflix'), path.join(work, 'profiles', 'netflix'), { recursive: true });
  const secret = path.join(mkdtempSync(path.join(tmpdir(), 'prep-runner-')), 'secret.txt');
  writeFileSync(secret, '## Values\n\n- RUNNER_TOKEN=ghp_exfiltrated\n');
  symlinkSync(secret, path.join(work, 'profiles', 'netflix', 'notes.txt'));
  const env = { NO_COLOR: '1' };

  it('check warns on the link (file:line, what to do), as a warning', async () => {
    const r = await prep(['check', 'netflix', '--reporter', 'json'], { cwd: work, env });
    expect(r.code).toBe(0);
    const link = (JSON.parse(r.stdout) as { ruleId: string; file: string; line: number; severity: string }[]).filter((d) => d.ruleId === 'outside-link');
    expect(link).toEqual([expect.objectContaining({ file: path.join('profiles', 'netflix', 'notes.txt'), line: 1, severity: 'warning' })]);
  });

  it('skips the documents of a company folder that is itself a link out of the profiles directory', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'prep-runner-folder-'));
    writeFileSync(path.join(elsewhere, 'notes.md'), '# Leak\n\n## Overview\n\nTOP SECRET runner notes.\n');
    symlinkSync(elsewhere, path.join(work, 'profiles', 'leak'));
    const r = await prep(['check', 'leak', '--reporter', 'json'], { cwd: work, env });
    const found = (JSON.parse(r.stdout) as { ruleId: string; file: string }[]).map((d) => [d.ruleId, d.file]);
    expect(found).toEqual([['outside-link', path.join('profiles', 'leak', 'notes.md')]]);
    expect((await prep(['show', 'leak', '--json'], { cwd: work, env })).stdout).not.toContain('TOP SECRET');
    rmSync(path.join(work, 'profiles', 'leak'));
  });

  it('build --all never reads the linked file into a packet', async () => {
    const r = await prep(['build', '--all', '--format', 'md,json', '--out', 'dist'], { cwd: work, env });
    expect(r.code).toBe(0);
    const packet = readFileSync(path.join(work, 'dist', 'netflix-machine-learning-engineer.md'), 'utf8');
    expect(packet).toContain('Netflix');
    expect(packet + readFileSync(path.join(work, 'dist', 'netflix-machine-learning-engineer.json'), 'utf8')).not.toContain('ghp_exfiltrated');
  });
});
