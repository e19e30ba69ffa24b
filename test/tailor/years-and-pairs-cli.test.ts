import { describe, expect, it } from 'vitest';
import { Packet } from '../../src/model/packet.js';
import { prep } from '../helpers/cli.js';

// An invented analyst applying to an invented insurer, through the real CLI (npm test builds dist/ first).
const args = ['build', 'tallowmere', '--role', 'risk analytics engineer', '--profiles', 'test/fixtures/profiles-match8',
  '--candidate', 'test/fixtures/candidates-match8/analyst.md'];
const env = { SOURCE_DATE_EPOCH: '1767225600' };

/** The markdown table's cells of the row whose requirement starts with `requirement`. */
function tableRow(markdown: string, requirement: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith('|') && l.split('|')[2]?.trim().startsWith(requirement));
  expect(line, requirement).toBeDefined();
  return line!.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
}

describe('years and two-line rows (real process)', () => {
  it('the JSON row says the years asked and stated, and keeps the second line with its file:line', async () => {
    const r = await prep([...args, '--json'], { env });
    expect(r.code).toBe(0);
    const packet = Packet.parse(JSON.parse(r.stdout));
    const row = (text: string) => packet.skillsMap.find((x) => x.requirement === text)!;
    expect(row('5+ years of Python')).toMatchObject({ years: { asked: 5, shown: 2 }, score: 0.4 });
    expect(row('5+ years of Python').talkingPoint).toMatch(/2 of the 5\+ years/);
    expect(row('At least 3 years of experience with Kubernetes')).toMatchObject({ years: { asked: 3, shown: 4 }, score: 1 });
    expect(row('Python and SQL').moreEvidence).toEqual([
      { text: 'Queried claims tables in SQL for the pricing team.', source: { file: 'test/fixtures/candidates-match8/analyst.md', line: 13 } },
    ]);
    expect(row('Risk management').evidence).toMatch(/^Tracked risks/);
    // A job's dates say when, not how long anything in it was used.
    expect(row('Experience with Terraform')).toMatchObject({ matchedOn: 'none', score: 0 });
    expect(row('Experience with Terraform').years).toBeUndefined();
  });

  it('the markdown table says the shortfall in the Match column and shows both lines in the evidence cell', async () => {
    const r = await prep([...args, '--format', 'md', '-o', '-'], { env });
    expect(r.code).toBe(0);
    expect(tableRow(r.stdout, '5+ years of Python').at(-1)).toBe('exact, 2 of 5 years');
    expect(tableRow(r.stdout, 'At least 3 years').at(-1)).toBe('exact');
    const [evidence] = tableRow(r.stdout, 'Python and SQL');
    expect(evidence).toMatch(/Wrote Python scripts.*\+ Queried claims tables in SQL/);
    expect(r.stdout).toMatch(/\*n of m years\*: your evidence states fewer years/);
  });
});
