import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Company } from '../../src/model/company.js';
import { fixtures, prep, repoRoot } from '../helpers/cli.js';

const fixtureProfiles = path.join(fixtures, 'profiles');

describe('prep show', () => {
  it('prints a readable summary', async () => {
    const r = await prep(['show', 'netflix']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Netflix \(netflix\)/);
    expect(r.stdout).toContain('Machine Learning Engineer');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('points at the prep check command that looks in the same profiles directory', async () => {
    const r = await prep(['--profiles', 'test/fixtures/profiles', 'show', 'ledgerline']);
    expect(r.stdout).toMatch(/^Gaps +5 \(run prep --profiles test\/fixtures\/profiles check ledgerline\)$/m);
  });

  it('--json prints the model, valid against the schema, 2-space indented with a final newline', async () => {
    const r = await prep(['show', 'netflix', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('}\n')).toBe(true);
    expect(r.stdout.split('\n')[1]).toMatch(/^ {2}"schemaVersion"/);
    const model = Company.parse(JSON.parse(r.stdout));
    expect(model.roles.map((role) => role.title)).toContain('Machine Learning Engineer');
  });

  it('is a usage error (exit 2) for an unknown company, with a did-you-mean', async () => {
    const r = await prep(['show', 'netflx']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown company `netflx`.*Did you mean `netflix`/);
  });

  it('is a usage error (exit 2) for an id that is not a slug', async () => {
    const r = await prep(['show', '../x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected a lowercase slug/);
  });

  it('--json is byte-identical across runs and working directories (paths are profile-relative)', async () => {
    const profiles = path.join(repoRoot, 'profiles');
    const here = await prep(['--profiles', 'profiles', 'show', 'netflix', '--json']);
    const again = await prep(['--profiles', profiles, 'show', 'netflix', '--json']);
    const elsewhere = await prep(['--profiles', profiles, 'show', 'netflix', '--json'], { cwd: tmpdir() });
    expect(here.code).toBe(0);
    expect(again.stdout).toBe(here.stdout);
    expect(elsewhere.stdout).toBe(here.stdout);
    expect(here.stdout).not.toContain(profiles);
    expect(here.stdout).toMatch(/"file": "netflix\/company-profile\.txt"/);
  });

  it('still shows a company one of whose documents is broken, reporting the errors and exiting 1', async () => {
    const r = await prep(['--profiles', fixtureProfiles, 'show', 'broken-co', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).name).toBe('Broken Co');
    expect(r.stderr).toMatch(/broken-yaml\.md:\d+:\d+ error/);
  });
});

describe('prep show on a company with no usable document', () => {
  it('exits 1 and names the broken file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-cli-'));
    mkdirSync(path.join(dir, 'acme'));
    writeFileSync(path.join(dir, 'acme', 'about.md'), '---\naliases: [a, b\nrole: x\n---\n# Acme\n');
    const r = await prep(['--profiles', dir, 'show', 'acme']);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/acme\/about\.md:\d+:\d+ error .*front matter/);
  });
});

describe('prep list', () => {
  it('--json lists companies with their role titles', async () => {
    const r = await prep(['list', '--json'], { env: { PREP_PROFILES: fixtureProfiles } });
    // broken-co's broken documents make it 1; the list is still complete.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken-co\/broken-yaml\.md:\d+:\d+ error/);
    const rows = JSON.parse(r.stdout) as { id: string; name: string; roles: string[] }[];
    expect(rows.map((row) => row.id)).toEqual(['brightmoor', 'broken-co', 'carebridge', 'emberfall', 'haulwise', 'ledgerline', 'stackforge']);
    expect(rows.find((row) => row.id === 'ledgerline')).toMatchObject({ name: 'Ledgerline', roles: expect.arrayContaining(['Site Reliability Engineer']) });
  });

  it('prints companies and their roles', async () => {
    const r = await prep(['list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^netflix {2}Netflix\n {2}Software Engineer\n/);
  });
});

describe('prep check', () => {
  const line = /^\S+:\d+:\d+ (error|warning|info) .+ \[[a-z-]+\]$/;

  it('prints every diagnostic as file:line:col severity message [rule] and a summary', async () => {
    const r = await prep(['check', 'netflix']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const each of lines.slice(0, -1)) expect(each).toMatch(line);
    expect(lines.at(-1)).toMatch(/^3 documents, \d+ facts, \d+ gaps, 0 unmapped lines, 100% of content lines mapped; \d+ errors?, \d+ warnings?(, \d+ infos?)?$/);
    expect(r.stdout).toMatch(/profiles\/netflix\/interview-prep-mle\.txt:45:1 warning Unexpected placeholder `\[Yes\/No\]`/);
  });

  it('names files relative to the working directory inside it, absolute outside it (paths a user can paste)', async () => {
    const inside = await prep(['--profiles', 'test/fixtures/profiles', 'check', 'broken-co'], { cwd: repoRoot });
    expect(inside.stdout).toMatch(/^test\/fixtures\/profiles\/broken-co\/js-front-matter\.md:1:1 error/m);
    const outside = await prep(['--profiles', fixtureProfiles, 'check', 'broken-co'], { cwd: tmpdir() });
    expect(outside.stdout).toContain(`\n${path.join(fixtureProfiles, 'broken-co', 'js-front-matter.md')}:1:1 error`);
    expect(outside.stdout).not.toMatch(/\.\.\//);
  });

  it('exits 1 on content errors but still reports the good documents', async () => {
    const r = await prep(['--profiles', fixtureProfiles, 'check', 'broken-co']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/js-front-matter\.md:1:1 error/);
    expect(r.stdout).toMatch(/^1 document, .*; 2 errors, 1 warning, 1 info$/m);
  });

  it('checks every company when none is named', async () => {
    const r = await prep(['--profiles', fixtureProfiles, 'check']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^19 documents, /m);
  });

  it('warns about a company folder whose name is not an id, which every command would pass over in silence', async () => {
    const profiles = mkdtempSync(path.join(tmpdir(), 'prep-folders-'));
    for (const name of ['Acme Corp', 'beta', '.git']) mkdirSync(path.join(profiles, name));
    writeFileSync(path.join(profiles, 'beta', 'notes.md'), '# Beta\n\n## Overview\n\nBeta makes bicycles.\n');
    const warning = /Acme Corp:1:1 warning Unexpected company folder name `Acme Corp`.*rename it to `acme-corp` \[company-folder\]/;
    const check = await prep(['--profiles', profiles, 'check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(warning);
    expect(check.stdout).not.toMatch(/\.git/);
    expect((await prep(['--profiles', profiles, 'check', '--strict'])).code).toBe(1);
    expect((await prep(['--profiles', profiles, 'check', 'beta'])).stdout).not.toMatch(/company-folder/);
    const list = await prep(['--profiles', profiles, 'list']);
    expect([list.code, list.stdout.trim().split('\n')[0]]).toEqual([0, 'beta  Beta']);
    expect(list.stderr).toMatch(warning);
    const all = await prep(['--profiles', profiles, 'build', '--all', '--out', path.join(profiles, '.out')]);
    expect(all.stderr).toMatch(/warning \S*Acme Corp: Unexpected company folder name/);
    rmSync(profiles, { recursive: true, force: true });
  });

  it('warns about a company folder with no document it can read, which would otherwise pass as "100% mapped"', async () => {
    const profiles = mkdtempSync(path.join(tmpdir(), 'prep-empty-'));
    for (const name of ['empty', 'images', 'beta']) mkdirSync(path.join(profiles, name));
    writeFileSync(path.join(profiles, 'images', 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(profiles, 'beta', 'notes.md'), '# Beta\n\n## Overview\n\nBeta makes bicycles.\n');
    const check = await prep(['--profiles', profiles, 'check', '--reporter', 'json']);
    const warned = (JSON.parse(check.stdout) as { file: string; ruleId: string; severity: string }[]).filter((d) => d.ruleId === 'no-documents');
    expect([check.code, warned.map((d) => [path.basename(d.file), d.severity])]).toEqual([0, [['empty', 'warning'], ['images', 'warning']]]);
    expect((await prep(['--profiles', profiles, 'check', 'beta', '--strict'])).code).toBe(0);
    expect((await prep(['--profiles', profiles, 'check', 'empty', '--strict'])).code).toBe(1);
    rmSync(profiles, { recursive: true, force: true });
  });

  it('is a usage error for an unknown company', async () => {
    expect((await prep(['check', 'nope'])).code).toBe(2);
  });
});
