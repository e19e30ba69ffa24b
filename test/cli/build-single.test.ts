import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtures, prep, repoRoot } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
  dirs.push(dir);
  return dir;
}

const profiles = path.join(repoRoot, 'profiles');

describe('prep build <company> with a config file', () => {
  it('takes formats and out from prep.config.yaml, and CLI flags win over it', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'prep.config.yaml'), 'formats: [md, json]\nout: from-config\n');
    const fromConfig = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'pm'], { cwd });
    expect(fromConfig.code).toBe(0);
    expect(existsSync(path.join(cwd, 'from-config/netflix-product-manager.md'))).toBe(true);
    expect(existsSync(path.join(cwd, 'from-config/netflix-product-manager.json'))).toBe(true);

    const fromFlags = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'pm', '--format', 'html', '--out', 'flags'], { cwd });
    expect(fromFlags.code).toBe(0);
    expect(existsSync(path.join(cwd, 'flags/netflix-product-manager.html'))).toBe(true);
    expect(existsSync(path.join(cwd, 'flags/netflix-product-manager.md'))).toBe(false);
  });

  it('rejects an unknown config key with exit 2, naming the key and the file', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'prep.config.yaml'), 'formatz: [md]\n');
    const r = await prep(['--profiles', profiles, 'build', 'netflix', '--role', 'pm'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/prep\.config\.yaml: unknown key "formatz"/);
  });
});

describe('prep build on a company with one broken document', () => {
  it('writes the packet from the readable documents, reports the error and exits 1', async () => {
    const cwd = workspace();
    const dir = path.join(cwd, 'profiles');
    mkdirSync(dir);
    cpSync(path.join(fixtures, 'profiles/stackforge'), path.join(dir, 'stackforge'), { recursive: true });
    writeFileSync(path.join(dir, 'stackforge/zz-broken.md'), '---\naliases: [a, b\n---\n# Notes\n');
    const r = await prep(['--profiles', dir, 'build', 'stackforge', '--role', 'fe', '-o', 'fe.md'], { cwd });
    expect(r.code).toBe(1);
    expect(existsSync(path.join(cwd, 'fe.md'))).toBe(true);
    expect(r.stderr).toMatch(/zz-broken\.md:\d+:\d+ error/);
  });
});

describe('prep build <company> without --role', () => {
  it("builds a company's only role and says so on stderr; with several it lists them (exit 2)", async () => {
    const cwd = workspace();
    const fixtureProfiles = path.join(fixtures, 'profiles');
    const one = await prep(['--profiles', fixtureProfiles, 'build', 'brightmoor', '-o', '-'], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^# Brightmoor Grocers: Pricing Analyst\n/);
    expect(one.stderr).toMatch(/^no --role given: building Pricing Analyst, the only role of Brightmoor Grocers$/m);
    expect((await prep(['--quiet', '--profiles', fixtureProfiles, 'build', 'brightmoor', '-o', '-'], { cwd })).stderr).toBe('');

    const several = await prep(['--profiles', fixtureProfiles, 'build', 'carebridge', '-o', '-'], { cwd });
    expect(several.code).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(/^prep: missing --role for CareBridge Health\. Roles: Machine Learning Engineer, .*\.$/m);
  });

  // "missing --role … Roles: none." asked for a flag no value of which could work.
  it('says what the profile lacks when the company has no role at all (exit 2)', async () => {
    const cwd = workspace();
    mkdirSync(path.join(cwd, 'profiles', 'acme'), { recursive: true });
    writeFileSync(path.join(cwd, 'profiles', 'acme', 'about.md'), '# Acme\n\n## Products\n\n- Rockets\n');
    const r = await prep(['build', 'acme'], { cwd });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('prep: Acme lists no roles to build. Add a role family or a role document to the acme profile.\n');
  });
});
