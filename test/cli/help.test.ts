import { describe, expect, it } from 'vitest';
import { prep } from '../helpers/cli.js';

// --help is what a CI author reads first: it must say what README says on the points a script depends on.
describe('--help', () => {
  it('prep --help says what the exit codes mean', async () => {
    const { stdout } = await prep(['--help']);
    expect(stdout).toMatch(/Exit codes: 0 .*, 1 .*,\s+2 usage/s);
    expect(stdout).not.toContain('(default: false)');
  });

  it.each(['show', 'check', 'list', 'schema', 'build'])('prep %s --help lists the global options it takes too', async (command) => {
    const { code, stdout } = await prep([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Global Options:[\s\S]*--profiles <dir>[\s\S]*--no-color[\s\S]*--quiet[\s\S]*--debug/);
  });

  it('prep build --help shows a single build, a batch and where options come from', async () => {
    const { stdout } = await prep(['build', '--help']);
    expect(stdout).toMatch(/prep build netflix --role mle/);
    expect(stdout).toMatch(/prep build --all .*--shard 2\/4/);
    expect(stdout).toContain('prep.config.yaml');
  });

  it('prep check --help says what fails the check', async () => {
    const { stdout } = await prep(['check', '--help']);
    expect(stdout).toMatch(/exit 1 on errors \(warnings too with --strict\)/i);
  });
});
