import type { Candidate } from '../candidate/types.js';
import type { PacketSkillsMapRow } from '../model/packet.js';
import { sameLine, type Fact } from '../model/source.js';
import type { RowContext } from './skills-map.js';
import { word } from './wording.js';

/** "A", "B" and "C": the requirements one piece of evidence answers, as a reader lists them. */
function listed(requirements: readonly string[]): string {
  const quoted = requirements.map((r) => `"${r}"`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * One talking point per piece of evidence, in the order of the rows it first
 * answers: a line that answers five requirements is one story to prepare,
 * told from five angles, not five copies of the same advice.
 */
export function collectTalkingPoints(rows: readonly PacketSkillsMapRow[], candidate: Candidate, ctx: RowContext): Fact[] {
  const groups: { source: Fact['source']; rows: PacketSkillsMapRow[] }[] = [];
  for (const row of rows) {
    const source = row.sources.evidence;
    if (!row.talkingPoint || !source) continue;
    // A skills line holds several pieces of evidence: the same line and the same text make one.
    const group = groups.find((g) => sameLine(g.source, source) && g.rows[0]?.evidence === row.evidence);
    if (group) group.rows.push(row);
    else groups.push({ source, rows: [row] });
  }
  return groups.map(({ source, rows: answered }): Fact => {
    const [first] = answered as [PacketSkillsMapRow, ...PacketSkillsMapRow[]];
    if (answered.length === 1) return { text: first.talkingPoint ?? '', source };
    const evidence = candidate.evidence.find((e) => sameLine(e.source, source) && e.text === first.evidence);
    const text = word('talking-point-many', {
      evidence: first.evidence, context: evidence?.context ?? null, listed: evidence?.kind === 'skill' ? 'yes' : null,
      requirements: listed(answered.map((r) => r.requirement)), company: ctx.company, role: ctx.role,
    });
    return { text, source };
  });
}
