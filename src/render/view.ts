import type { Packet } from '../model/packet.js';
import { atAGlance } from './at-a-glance.js';
import { humanizeField } from './humanize-field.js';
import { labelShown } from './label-case.js';
import { groupByLabel } from './group-by-label.js';
import { citation, escapeMarkdown } from './escape-markdown.js';
import { skillsView } from './skills-view.js';
import { questionNote } from './question-note.js';
import { questionGroups } from './question-groups.js';
import { researchGroups } from './research-view.js';
import { strategyView } from './strategy-view.js';
import { sharedTail, withoutTail } from './shared-tail.js';
import { highlightView } from './highlight-view.js';

/**
 * The data a markdown template sees: the packet with every string escaped for
 * markdown (so templates can print fields with `{{…}}` and stay safe), plus a
 * few derived lists documented in templates/README.md.
 */
export type PacketView = Record<string, unknown>;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Keys that are optional in the schema, filled in so that strict templates can test them. */
const OPTIONAL_WITH_SOURCE = { label: null, group: null } as const;

function escapeDeep(value: unknown): Json {
  if (typeof value === 'string') return escapeMarkdown(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value === null || typeof value !== 'object') return (value ?? null) as Json;
  const record = value as Record<string, unknown>;
  const out: Record<string, Json> = {};
  if ('source' in record) Object.assign(out, OPTIONAL_WITH_SOURCE);
  // A fact's label is printed as a label (`**Time type:**`), whatever case its source wrote it in.
  for (const [key, item] of Object.entries(record)) out[key] = escapeDeep(key === 'label' && 'source' in record && typeof item === 'string' ? labelShown(item) : item);
  if (typeof record.file === 'string') {
    out.ref = citation(record.file, typeof record.line === 'number' ? record.line : undefined);
  }
  return out;
}

const BUILD_KINDS = new Set(['product', 'initiative']);

type Rows = Array<Record<string, Json>>;

/** Each question with `note`: what its origin adds to it, or null (see questionNote). */
const withNotes = (questions: Packet['questions'], escaped: Rows): Rows =>
  questions.map((question, index) => {
    const note = questionNote(question);
    return { ...escaped[index], note: note === null ? null : escapeMarkdown(note) };
  });

function questionFields(packet: Packet, escaped: Record<'questions' | 'questionsToAsk', Rows>) {
  const questions = withNotes(packet.questions, escaped.questions);
  const questionsToAsk = withNotes(packet.questionsToAsk, escaped.questionsToAsk);
  return { questions, questionsToAsk, questionGroups: questionGroups(questions), questionsToAskGroups: questionGroups(questionsToAsk) };
}

/** The skills-map rows with their Match in words and their talking point as the table prints it. */
function skillsFields(packet: Packet, escaped: { skillsMap: Rows; talkingPoints: Rows }) {
  const skills = skillsView(packet);
  return {
    skillsMap: escaped.skillsMap.map((row, index) => ({ ...row, ...skills.match[index] })),
    talkingAdvice: skills.advice,
    matchLegend: skills.matchLegend,
    // The advice printed above the table is for every talking point, these too.
    talkingPointsOutsideTable: skills.pointsOutside.map((index) => {
      const point = escaped.talkingPoints[index]!;
      return { ...point, text: withoutTail(String(point.text), skills.advice) };
    }),
    // Said only where the section prints something else too: a section of nothing but this pointer would look empty.
    talkingPointsInTable: skills.pointsOutside.length < packet.talkingPoints.length && (skills.pointsOutside.length > 0 || packet.keywords.length > 0),
  };
}

/** The gaps with the advice their suggestions share taken out, to be printed once above them as `gapAdvice`. */
function gapFields(escaped: Rows) {
  const suggestions = (gap: Record<string, Json>) => (gap.suggestions as string[] | undefined) ?? [];
  const advice = sharedTail(escaped.flatMap(suggestions));
  return { gapAdvice: advice, gaps: escaped.map((gap) => ({ ...gap, suggestions: suggestions(gap).map((text) => withoutTail(text, advice)) })) };
}

/** Builds the template context for one packet. Pure: same packet, same view. */
export function buildView(packet: Packet): PacketView {
  type Escaped = Record<'highlights' | 'research' | 'skillsMap' | 'talkingPoints' | 'questions' | 'questionsToAsk' | 'gaps', Rows> & {
    company: { notes: Rows };
  } & Record<string, Json>;
  const escaped = escapeDeep(packet) as Escaped;
  const highlights = highlightView(packet.highlights, escaped.highlights);
  const strategy = strategyView(highlights.filter((item) => !BUILD_KINDS.has(String(item.kind))));
  return {
    ...escaped,
    highlights,
    date: packet.builtAt.slice(0, 10),
    sourceCount: packet.sources.length,
    atAGlance: atAGlance(packet.company),
    whatTheyBuild: highlights.filter((item) => BUILD_KINDS.has(String(item.kind))),
    strategyNow: strategy.items,
    strategyAnalysis: strategy.analysis,
    worksheet: packet.candidate === null,
    notesByLabel: groupByLabel(packet.company.notes, escaped.company.notes),
    research: packet.research.map((item, index) => ({
      ...escaped.research[index],
      topic: escapeMarkdown(humanizeField(item.field)),
    })),
    researchGroups: researchGroups(packet.research),
    ...questionFields(packet, escaped),
    ...skillsFields(packet, escaped),
    ...gapFields(escaped.gaps),
  };
}
