import type { MatchKind, Packet } from '../model/packet.js';
import { escapeMarkdown } from './escape-markdown.js';
import { sharedTail, withoutTail } from './shared-tail.js';

/** What the Match column says for each kind of match, and what that means (the legend under the table). */
const MATCH_WORDS: Record<MatchKind, { word: string; meaning: string } | null> = {
  exact: { word: 'exact', meaning: 'your evidence names the requirement' },
  alias: { word: 'synonym', meaning: 'it names it by another name' },
  stem: { word: 'same root', meaning: 'it uses a form of the same word' },
  related: { word: 'related', meaning: 'something narrower you used shows the skill (Kubernetes for distributed systems)' },
  overlap: { word: 'partial', meaning: 'the share of the requirement’s words your evidence uses' },
  profile: { word: 'from profile', meaning: 'a row your documents already map' },
  none: null,
};

/** Evidence or a requirement quoted in full in its own row's talking point is cut to its first words there. */
const QUOTE_WORDS = 6;

/** A quotation shortened to its first words. Cut at spaces, so never inside a markdown escape (`\*`). */
function shortQuote(text: string): string {
  const words = text.split(' ');
  return words.length > QUOTE_WORDS + 2 ? `${words.slice(0, QUOTE_WORDS).join(' ').replace(/(?:\\:|[,;])+$/u, '')}…` : text;
}

type Row = Packet['skillsMap'][number];

/** Fewer years than asked, said beside how it matched: the score alone would not say why it is low. */
const YEARS_SHORT = { word: 'n of m years', meaning: 'your evidence states fewer years than they ask for' };
const yearsShort = (row: Row): boolean => row.years !== undefined && row.years.shown < row.years.asked;

function matchText(row: Row, worksheet: boolean): string {
  const words = MATCH_WORDS[row.matchedOn];
  if (!words) return worksheet ? '—' : 'gap';
  // The share of words, before the years scaled the score down.
  const share = row.score / (yearsShort(row) ? row.years!.shown / row.years!.asked : 1);
  const how = row.matchedOn === 'overlap' ? `${words.word} ${Math.round(share * 100)}%` : words.word;
  return yearsShort(row) ? `${how}, ${row.years!.shown} of ${row.years!.asked} years` : how;
}

/** The evidence cell: the line, and a second one that answers another part, joined by a plus. */
const evidenceCell = (row: Row): { evidence?: string } =>
  row.evidence !== null && row.moreEvidence?.length ? { evidence: [row.evidence, ...row.moreEvidence.map((e) => e.text)].map(escapeMarkdown).join(' + ') } : {};

/** A quotation of `text` in `point` cut to its first words: the row prints it whole in its own column. */
function shortenQuote(point: string, text: string | null): string {
  if (text === null) return point;
  const quoted = `"${escapeMarkdown(text)}"`;
  return point.includes(quoted) ? point.replace(quoted, () => `"${shortQuote(escapeMarkdown(text))}"`) : point;
}

/** The table's talking point: without the shared advice, and quoting the row's own evidence and requirement short. */
function rowPoint(row: Row, advice: string | null): string {
  if (row.talkingPoint === null) return '';
  const point = withoutTail(escapeMarkdown(row.talkingPoint), advice);
  const quoted = [row.evidence, ...(row.moreEvidence ?? []).map((e) => e.text), row.requirement];
  return quoted.reduce<string>((text, quote) => shortenQuote(text, quote), point);
}

/**
 * The skills table as a candidate reads it: each row's Match in words
 * (`partial 38%`, `gap`), its talking point without what the row and the
 * line above the table already say, the legend of the match words used, and
 * the talking points left for the section after it (those the table does
 * not print already).
 */
export function skillsView(packet: Packet) {
  const worksheet = packet.candidate === null;
  const points = packet.skillsMap.flatMap((row) => (row.talkingPoint === null ? [] : [escapeMarkdown(row.talkingPoint)]));
  const advice = sharedTail(points);
  const kinds = new Set(packet.skillsMap.map((row) => row.matchedOn));
  const inTable = new Set(packet.skillsMap.map((row) => row.talkingPoint));
  return {
    advice,
    match: packet.skillsMap.map((row) => ({ match: matchText(row, worksheet), point: rowPoint(row, advice), ...evidenceCell(row) })),
    matchLegend: [
      ...Object.entries(MATCH_WORDS).flatMap(([kind, words]) => (words && kinds.has(kind as MatchKind) ? [words] : [])),
      ...(packet.skillsMap.some(yearsShort) ? [YEARS_SHORT] : []),
    ],
    /** Indexes of the talking points the table does not print. */
    pointsOutside: packet.talkingPoints.flatMap((point, index) => (inTable.has(point.text) ? [] : [index])),
  };
}
