import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prep } from '../helpers/cli.js';

// Two documents that disagree on a value, one of them with escape sequences, a C1 CSI and a bidi override in
// it, and (where the file system allows it) a file whose name holds an ESC and a CR: `prep check` quotes them.
const root = mkdtempSync(path.join(tmpdir(), 'prep-controls-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const company = path.join(root, 'acme');
mkdirSync(company);
const HOSTILE = '2016 \x1b[2J\x1b[Hin spring\x1b]0;pwned\x07 \u009b31m \u202edesrever';
writeFileSync(path.join(company, 'a.md'), '# Acme\n\n## Company Overview\n\n- **Founded:** 2015\n- **Headquarters:** Oslo\n');
writeFileSync(path.join(company, 'b.md'), `# Acme\n\n## Company Overview\n\n- **Founded:** ${HOSTILE}\n`);
const NAMED = process.platform !== 'win32';
const hostileName = 'c\x1b[31m\r.txt';
if (NAMED) writeFileSync(path.join(company, hostileName), 'Acme\n\nCompany Overview\n\nFounded: 2017\n');
const diagnostics = NAMED ? 2 : 1;
const check = (...args: string[]) => prep(['--profiles', root, 'check', 'acme', ...args]);
// What a terminal acts on: C0 controls but tab and LF, DEL, C1 and the bidi controls that reorder a line.
const ACTED_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('prep check on documents with control characters', () => {
  it('pretty shows them escaped, one line a diagnostic, and paints only its own colours', async () => {
    const r = await check();
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ACTED_ON);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics + 1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/:5:1 warning Unexpected conflicting `overview\.founded` .* \[conflicting-value\]$/);
    expect(r.stdout).toContain('`2016 \\x1b[2J\\x1b[Hin spring\\x1b]0;pwned\\x07 \\x9b31m \\u202edesrever`');
    if (NAMED) expect(r.stdout).toContain('/acme/c\\x1b[31m\\r.txt:5:1 warning');
    const coloured = await prep(['--profiles', root, 'check', 'acme'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toMatch(/\x1b\[\d+m/);
    expect(coloured.stdout.replace(/\x1b\[[\d;]*m/g, '')).not.toMatch(ACTED_ON);
  });

  it('json keeps the text exact (JSON escapes it), github keeps its own escaping and one command a line', async () => {
    const json = await check('--reporter', 'json');
    const rows = JSON.parse(json.stdout) as { file: string; message: string }[];
    expect(rows).toHaveLength(diagnostics);
    for (const row of rows) expect(row.message).toContain(`\`${HOSTILE}\``);
    if (NAMED) expect(rows.map((row) => path.basename(row.file))).toContain(hostileName);
    const github = await check('--reporter', 'github');
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(diagnostics);
    for (const line of lines) expect(line).toMatch(/^::warning file=[^,]+,line=5,col=1,title=conflicting-value::Unexpected conflicting .*\x1b\[2J/);
    if (NAMED) expect(github.stdout).toContain('c\x1b[31m%0D.txt,line=5');
  });
});

describe('prep build quoting a name that holds control characters', () => {
  mkdirSync(path.join(root, 'beta'));
  writeFileSync(path.join(root, 'beta', 'role.md'), '# Beta\n\n## The Role: Data Analyst\n\n### Requirements\n\n- SQL\n');
  it('an error names the file with them escaped, on one line', async () => {
    const r = await prep(['--profiles', root, 'build', 'beta', '--candidate', path.join(root, 'me\x1b[2J\r.md'), '-o', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('me\\x1b[2J\\r.md');
    expect(r.stderr).not.toMatch(ACTED_ON);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^prep: cannot read candidate file/);
  });

  it('a warning does the same', async () => {
    const candidate = path.join(root, 'you\x1b[31m.md');
    writeFileSync(candidate, '# Me\n');
    const r = await prep(['--profiles', root, 'build', 'beta', '--candidate', candidate, '-o', '-']);
    expect(r.stderr).toContain('you\\x1b[31m.md has no evidence');
    expect(r.stderr).not.toMatch(ACTED_ON);
  });
});

describe('prep build --all quoting a failed document\'s name', () => {
  it('shows its control characters escaped in the failure line', async () => {
    const profiles = mkdtempSync(path.join(tmpdir(), 'prep-controls-all-'));
    mkdirSync(path.join(profiles, 'gamma'));
    writeFileSync(path.join(profiles, 'gamma', 'role.md'), '# Gamma\n\n## The Role: Data Analyst\n\n### Requirements\n\n- SQL\n');
    writeFileSync(path.join(profiles, 'gamma', 'b\x1b[2J.md'), '---\nname: [unclosed\n---\n# Gamma\n');
    const r = await prep(['--profiles', profiles, 'build', '--all', '--format', 'md', '--out', path.join(profiles, '..', `${path.basename(profiles)}-out`)]);
    rmSync(profiles, { recursive: true, force: true });
    expect(r.stderr).toContain('b\\x1b[2J.md');
    expect(r.stderr).not.toMatch(ACTED_ON);
  });
});
