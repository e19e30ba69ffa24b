import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { Packet } from '../../src/model/packet.js';
import { repoRoot } from '../helpers/cli.js';
import { fakeContext } from '../helpers/context.js';
import { fixtureModel } from './helpers.js';

// The command with the ingest pipeline replaced by the hand-made models.
vi.mock('../../src/compile.js', () => ({
  compile: async (_profilesDir: string, id: string) => ({ company: fixtureModel(id), diagnostics: [] }),
}));
const { run } = await import('../../src/cli/commands/build.js');

/** The command's context, quiet, with stdout kept as text. */
const context = (env: NodeJS.ProcessEnv = {}, cwd = repoRoot) => fakeContext(cwd, { env, quiet: true });

describe('prep build (command, with model fixtures)', () => {
  it('--json prints a packet that validates, dated from SOURCE_DATE_EPOCH', async () => {
    const { ctx, stdout } = context({ SOURCE_DATE_EPOCH: '1767225600' });
    expect(await run(ctx, 'netflix', { role: 'mle', json: true })).toBe(0);
    const packet = Packet.parse(JSON.parse(stdout.text));
    expect(packet.builtAt).toBe('2026-01-01');
    expect(packet.role.title).toBe('Machine Learning Engineer');
  });

  it('writes packets/<company>-<role-slug>.json with --format json and prints the path', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    const { ctx, stdout } = context({}, cwd);
    expect(await run(ctx, 'ledgerly', { role: 'be', format: 'json', candidate: path.join(repoRoot, 'examples/candidate.md') })).toBe(0);
    expect(stdout.text.trim()).toBe(path.join('packets', 'ledgerly-backend-engineer.json'));
    const packet = Packet.parse(JSON.parse(readFileSync(path.join(cwd, 'packets/ledgerly-backend-engineer.json'), 'utf8')));
    expect(packet.candidate?.name).toBe('Priya Raman');
  });

  it('writes -o FILE', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    expect(await run(context({}, cwd).ctx, 'brightboard', { role: 'fe', format: 'json', output: 'out/p.json' })).toBe(0);
    expect(Packet.safeParse(JSON.parse(readFileSync(path.join(cwd, 'out/p.json'), 'utf8'))).success).toBe(true);
  });

  it.each([
    [{ role: 'astronaut', json: true }, /unknown role "astronaut"/],
    [{ json: true }, /missing --role/],
    [{ role: 'mle', format: 'md,pdf', output: 'x.md' }, /-o writes one output/],
    [{ role: 'mle', format: 'docx' }, /unknown format "docx"/],
  ])('refuses %o with a usage error', async (opts, message) => {
    await expect(run(context().ctx, 'netflix', opts)).rejects.toThrow(message);
    await expect(run(context().ctx, 'netflix', opts)).rejects.toBeInstanceOf(UsageError);
  });

  it('refuses a bad SOURCE_DATE_EPOCH', async () => {
    await expect(run(context({ SOURCE_DATE_EPOCH: 'soon' }).ctx, 'netflix', { role: 'mle', json: true })).rejects.toThrow(/SOURCE_DATE_EPOCH/);
  });
});
