import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prep } from '../helpers/cli.js';

/** A profiles dir with one company whose only document has `front` as its front matter. */
function workspace(front: string): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'prep-yaml-tags-'));
  mkdirSync(path.join(cwd, 'profiles/acme'), { recursive: true });
  writeFileSync(path.join(cwd, 'profiles/acme/notes.md'), `---\n${front}\n---\n# Acme\n\n## Mission\n\nMake anvils.\n`);
  return cwd;
}

describe('YAML with a tag prep does not know (`!foo`)', () => {
  it('in prep.config.yaml: one usage line naming the key, and no Node warning after it', async () => {
    const cwd = workspace('company: Acme');
    writeFileSync(path.join(cwd, 'prep.config.yaml'), 'formats: !foo md\n');
    const r = await prep(['build', '--all'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^prep: prep\.config\.yaml: .*"formats"/)]);
  });

  it('in front matter: the value is read as written, and no Node warning is printed', async () => {
    const r = await prep(['show', 'acme', '--json'], { cwd: workspace('company: !foo Acme Anvils') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).name).toBe('Acme Anvils');
    expect(r.stderr).not.toMatch(/YAMLWarning|trace-warnings/);
  });
});
