import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Packet } from '../../src/model/packet.js';
import { prep, repoRoot } from '../helpers/cli.js';

// Through the real process, on the real netflix profile (npm test builds dist/ first).
const env = { SOURCE_DATE_EPOCH: '1767225600' };

describe('prep build (real process)', () => {
  it('netflix --role mle --json prints a packet that validates against the packet schema', async () => {
    const r = await prep(['build', 'netflix', '--role', 'mle', '--json'], { env });
    expect(r.code).toBe(0);
    const packet = Packet.parse(JSON.parse(r.stdout));
    expect(packet).toMatchObject({ builtAt: '2026-01-01', role: { title: 'Machine Learning Engineer', team: { text: 'Studio Media Algorithms' } } });
    expect(packet.skillsMap.filter((row) => row.matchedOn === 'profile')).toHaveLength(5);
  });

  // Every netflix role builds (test/render/build-cli.test.ts); this one has no skills or team of its own.
  it('netflix --role ae takes its family\'s skills and none of another role\'s team', async () => {
    const r = await prep(['build', 'netflix', '--role', 'ae', '--json'], { env });
    expect(r.code).toBe(0);
    const packet = Packet.parse(JSON.parse(r.stdout));
    expect(packet.role.skills.map((s) => s.text)).toContain('SQL');
    expect(r.stdout).not.toMatch(/Studio Media Algorithms/);
  });

  it('with the example candidate: evidence on the right rows, Kotlin a gap, byte-identical reruns', async () => {
    const args = ['build', 'netflix', '--role', 'machine learning engineer', '--candidate', 'examples/candidate.md', '--json'];
    const [a, b] = await Promise.all([prep(args, { env }), prep(args, { env })]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const packet = Packet.parse(JSON.parse(a.stdout));
    expect(packet.skillsMap.find((r) => r.requirement === 'A/B Testing')?.sources.evidence?.file).toBe('examples/candidate.md');
    expect(packet.gaps.map((g) => g.requirement)).toContain('Kotlin');
  });

  it('says after the outputs what the documents left to fix, as show does; --quiet leaves only the path', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    const profiles = path.join(cwd, 'profiles');
    mkdirSync(path.join(profiles, 'acme'), { recursive: true });
    writeFileSync(path.join(profiles, 'acme', 'a.md'), '---\nrole: Data Engineer\nformats: [md, docx]\n---\n# Acme\n\n## Responsibilities\n\n- Build pipelines\n- [TBD]\n');
    const r = await prep(['build', 'acme', '--role', 'de'], { cwd, env });
    expect([r.code, r.stdout]).toEqual([0, `${path.join('packets', 'acme-data-engineer.md')}\n`]);
    expect(r.stderr).toMatch(/^profiles\/acme\/a\.md:3:1 warning Unexpected formats `docx`.*\[front-matter-option\]$/m);
    expect(r.stderr).toMatch(/^1 warning on content; run `prep check acme` to see them$/m);
    const quiet = await prep(['build', 'acme', '--role', 'de', '-q'], { cwd, env });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
  });

  it('warns when the candidate file holds nothing it can read as evidence, and still builds the worksheet', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    writeFileSync(path.join(cwd, 'me.md'), '# Just a title\n');
    const r = await prep(['--profiles', path.join(repoRoot, 'profiles'), 'build', 'netflix', '--role', 'mle', '--candidate', 'me.md', '--json'], { cwd, env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning me\.md has no evidence prep can read; expected sections such as Skills/m);
    expect(Packet.parse(JSON.parse(r.stdout)).candidate?.name).toBe('Just a title');
  });

  it('writes packets/<company>-<role-slug>.json atomically and prints the path', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    const r = await prep(['--profiles', path.join(repoRoot, 'profiles'), 'build', 'netflix', '--role', 'coa', '--format', 'json'], { cwd, env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(path.join('packets', 'netflix-content-operations-analyst.json'));
    Packet.parse(JSON.parse(readFileSync(path.join(cwd, r.stdout.trim()), 'utf8')));
  });

  // Issue 3's own example: `prep build stripe --role be --candidate resume.json --json -o packet.json`.
  it('--json -o FILE writes the JSON packet to FILE, not to stdout', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'prep-build-'));
    const r = await prep(['--profiles', path.join(repoRoot, 'profiles'), 'build', 'netflix', '--role', 'mle', '--json', '-o', 'packet.json'], { cwd, env });
    expect([r.code, r.stdout]).toEqual([0, 'packet.json\n']);
    expect(Packet.parse(JSON.parse(readFileSync(path.join(cwd, 'packet.json'), 'utf8'))).role.title).toBe('Machine Learning Engineer');
  });

  it.each([
    [['build', 'netflix', '--role', 'astronaut', '--json'], 2, /unknown role "astronaut".*Roles: .*Machine Learning Engineer/],
    [['build', 'netflix', '--role', 'machine lerning engineer', '--json'], 2, /Did you mean "Machine Learning Engineer"/],
    [['build', 'netflx', '--role', 'mle', '--json'], 2, /netflx.*netflix/],
    [['build', 'netflix', '--role', 'mle', '--candidate', 'nope.md', '--json'], 1, /cannot read candidate file nope\.md: no such file/],
    [['build', 'netflix', '--role', 'mle', '--out', 'package.json'], 2, /cannot use .*package\.json as the output directory/],
    [['build', 'netflix', '--role', 'mle', '--format', 'docx'], 2, /unknown format "docx"/],
    [['build', 'netflix', '--role', 'mle', '--json', '--format', 'md'], 2, /'--json' cannot be used with option '-f, --format/],
    // `--candidate "$UNSET"` in a script: before, the flag was dropped and a worksheet built as if none were given.
    [['build', 'netflix', '--role', 'mle', '--json', '--candidate', ''], 2, /'-c, --candidate <file>' argument '' is invalid\. Expected a path/],
    [['build', 'netflix', '--role', 'mle', '--json', '--template', ''], 2, /'-t, --template <dir>' argument '' is invalid/],
    [['build', 'netflix', '--role', 'mle', '--out', ''], 2, /'--out <dir>' argument '' is invalid/],
    [['build', 'netflix', '--role', 'mle', '-o', ''], 2, /'-o, --output <file>' argument '' is invalid/],
  ])('%j exits %i with one clear line', async (args, code, message) => {
    const r = await prep(args, { env });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
