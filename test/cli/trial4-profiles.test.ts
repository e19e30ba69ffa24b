import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { checked, listed, packetOf } from '../helpers/trial.js';

// The trial4 shapes through the CLI as a user runs it: names, exit codes, one line per problem.
const profiles = path.join(fixtures, 'profiles-trial4');

describe('prep on documents it had never seen (trial4)', () => {
  it('lists each company by the name its documents give, with its roles', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies).toEqual([
      ['ashgrove', 'Ashgrove Water', ['Data Platform Engineer', 'Hydraulic Modeller']],
      ['brunnwerk', 'Brunnwerk Präzisionstechnik GmbH', ['Embedded Software Engineer', 'Test Automation Engineer']],
      ['fjordlys', 'Fjordlys Energi', ['Site Reliability Engineer']],
      ['kagetsu', 'Kagetsu Logistics', ['Backend Engineer']],
      ['thornbury', 'Thornbury Analytics', ['Machine Learning Engineer']],
    ]);
  });

  it('checks with warnings only (exit 0), which fail under --strict (exit 1), one line each', async () => {
    const check = await checked(profiles);
    expect(check.code).toBe(0);
    const { diagnostics } = check;
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => path.basename(d.file))).toEqual(['interview-notes.txt', 'offer-letter.md', 'backend-engineer-notes.md']);
    expect(diagnostics.every((d) => !d.message.includes('\n'))).toBe(true);
    const strict = await prep(['--profiles', profiles, 'check', '--reporter', 'github', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('::warning file=');
    expect(strict.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds a packet from a saved HTML page with no markup in it', async () => {
    const { code, stdout } = await packetOf(profiles, 'thornbury', 'mle');
    expect(code).toBe(0);
    expect(stdout).toContain('# Thornbury Analytics: Machine Learning Engineer');
    expect(stdout).toContain('Productionise pricing models built by our actuaries and data scientists');
    expect(stdout).not.toMatch(/<\/?(?:li|strong|h4|div)\b|&rsquo;|&amp;/);
  });
});
