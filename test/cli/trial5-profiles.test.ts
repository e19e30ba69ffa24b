import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, prep } from '../helpers/cli.js';
import { checked, listed, packetOf } from '../helpers/trial.js';

// The trial5 shapes through the CLI as a user runs it: names, roles, exit codes, one line per problem.
const profiles = path.join(fixtures, 'profiles-trial5');

describe('prep on exports, encodings, mails and other languages (trial5)', () => {
  it('lists each company with the roles its documents name, in any language', async () => {
    const { code, companies } = await listed(profiles);
    expect(code).toBe(0);
    expect(companies).toEqual([
      ['alba-solar', 'Alba Solar', ['Ingeniero de Datos']],
      ['harrowgate', 'Harrowgate Mills', ['Maintenance Planner (Night Shift)']],
      ['kranich', 'Kranich Werkzeugbau GmbH', ['Backend-Entwickler']],
      ['marlowe-freight', 'Marlowe Freight', ['Senior Data Engineer']],
      ['quillmere', 'Quillmere Bindery', ['Product Designer']],
      ['sakuragawa', 'Sakuragawa Foods', ['データエンジニア']],
      ['tallis-rail', 'Tallis Rail Systems', ['Embedded Software Engineer', 'Test Engineer']],
      ['velda-optics', 'Velda Optics', ['Computer Vision Engineer']],
    ]);
  });

  it('checks with no file skipped as binary (exit 0), and its two warnings fail under --strict (exit 1)', async () => {
    const check = await checked(profiles);
    expect(check.code).toBe(0);
    const { diagnostics } = check;
    expect(diagnostics.filter((d) => d.ruleId === 'not-text')).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'warning').map((d) => [path.basename(d.file), d.ruleId])).toEqual([
      ['filiale-france.md', 'unknown-role'],
      ['notes (mac).txt', 'unknown-role'],
    ]);
    expect(diagnostics.every((d) => !d.message.includes('\n'))).toBe(true);
    const strict = await prep(['--profiles', profiles, 'check', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds a packet from a UTF-16 Word text file, with the questions its notes list', async () => {
    const { code, stdout } = await packetOf(profiles, 'harrowgate', 'maintenance planner');
    expect(code).toBe(0);
    expect(stdout).toContain('# Harrowgate Mills: Maintenance Planner (Night Shift)');
    expect(stdout).toContain('Plan preventive maintenance for roller mills, sifters and conveyors');
    expect(stdout).toContain('How many planners cover the night shift?');
    expect(stdout).not.toContain('\u0000');
  });

  it('builds by a role named in the subject of a pasted mail, and by a title in Japanese', async () => {
    const mail = await prep(['--profiles', profiles, 'build', 'marlowe-freight', '--role', 'senior data engineer', '--json']);
    expect(mail.code).toBe(0);
    expect((JSON.parse(mail.stdout) as { role: { title: string } }).role.title).toBe('Senior Data Engineer');
    const japanese = await packetOf(profiles, 'sakuragawa', 'データエンジニア');
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toContain('# Sakuragawa Foods: データエンジニア');
  });

  it('names the roles there are for a role the company lacks (exit 2)', async () => {
    const { code, stderr } = await packetOf(profiles, 'tallis-rail', 'signaller');
    expect(code).toBe(2);
    expect(stderr).toContain('Embedded Software Engineer, Test Engineer');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
