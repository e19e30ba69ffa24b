import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { prep, repoRoot } from '../helpers/cli.js';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  steps: Step[];
  strategy?: { matrix: { shard: number[] } };
}

/** The README's GitHub Actions workflow, as GitHub would read it. */
function readmeWorkflow(): { jobs: Record<string, Job> } {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## CI: a GitHub Actions workflow'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('no yaml block under "CI: a GitHub Actions workflow"');
  return parse(block) as { jobs: Record<string, Job> };
}

const workflow = readmeWorkflow();
const build = workflow.jobs.build!;
const step = (pick: (s: Step) => boolean): Step => {
  const found = build.steps.find(pick);
  if (!found) throw new Error('step not found');
  return found;
};
const prepRun = step((s) => s.run?.startsWith('npx prep build') === true).run!;
const out = /--out (\S+)/.exec(prepRun)?.[1];
const tmp = mkdtempSync(path.join(tmpdir(), 'prep-readme-ci-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the README's GitHub Actions workflow", () => {
  it('installs (npm ci, which builds prep) before it runs prep, in both jobs', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['check', 'build']);
    for (const job of Object.values(workflow.jobs)) {
      const runs = job.steps.map((s) => s.run ?? '');
      const install = runs.indexOf('npm ci');
      expect(install).toBeGreaterThanOrEqual(0);
      expect(runs.findIndex((r) => r.startsWith('npx prep'))).toBeGreaterThan(install);
    }
  });

  it('caches, saves and uploads the directory the build writes, and shards as the matrix says', () => {
    const restore = step((s) => s.uses?.startsWith('actions/cache/restore@') === true);
    const save = step((s) => s.uses?.startsWith('actions/cache/save@') === true);
    const upload = step((s) => s.uses?.startsWith('actions/upload-artifact@') === true);
    expect(out).toMatch(/^[\w.-]+$/);
    expect([restore.with?.path, save.with?.path, upload.with?.path]).toEqual([out, out, out]);
    // Saved after a failed target too (the manifest keeps what was built), under the key the restore computed.
    expect(save.if).toMatch(/^always\(\)/);
    expect(save.with?.key).toBe(`\${{ steps.${restore.id}.outputs.cache-primary-key }}`);
    const count = build.strategy!.matrix.shard.length;
    expect(build.strategy!.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(prepRun).toContain(`--shard \${{ matrix.shard }}/${count}`);
    // A cache restored from another shard count would hold other shards' packets.
    expect(restore.with?.key).toContain(`\${{ matrix.shard }}of${count}-`);
    expect(restore.with?.key?.startsWith(restore.with?.['restore-keys'] ?? '∅')).toBe(true);
  });

  it('runs a build command prep accepts, writing the shards into that out dir', async () => {
    const count = build.strategy!.matrix.shard.length;
    const dir = path.join(tmp, out!);
    const written: string[] = [];
    for (let shard = 1; shard <= count; shard++) {
      // Markdown only: the command's flags are the point here, and PDFs are tested elsewhere.
      const args = prepRun.replace(/^npx prep /, '').replace('${{ matrix.shard }}', String(shard)).replace('md,pdf', 'md').split(' ');
      const summary = path.join(tmp, `summary-${shard}.md`);
      const r = await prep(['--profiles', path.join(repoRoot, 'profiles'), ...args], { cwd: tmp, env: { SOURCE_DATE_EPOCH: '1700000000', GITHUB_STEP_SUMMARY: summary } });
      expect([r.code, r.stderr]).toEqual([0, expect.stringMatching(/^built \d+, up to date 0, failed 0/m)]);
      // Each shard's job summary says which shard it is.
      expect(readFileSync(summary, 'utf8')).toMatch(new RegExp(`^### prep build, shard ${shard}/${count}\n`));
      written.push(...readdirSync(dir));
    }
    expect(written.filter((f) => f.startsWith('netflix-')).length).toBeGreaterThan(0);
  });
});
