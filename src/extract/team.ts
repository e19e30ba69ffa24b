import { UNIT_WORDS } from '../roles/team-units.js';

/** A unit's name as written: capitalized words joined by `&`/`and` ("Revenue Management & Pricing", "Data & AI"). */
const NAME = String.raw`(?<![\p{L}\p{N}])(?:[\p{Lu}\p{N}][\p{L}\p{N}&/'+.-]*)(?:\s+(?:&|and|[\p{Lu}\p{N}][\p{L}\p{N}&/'+.-]*))*`;
const UNIT = `(?:${UNIT_WORDS.map((u) => `[${u[0]!.toUpperCase()}${u[0]}]${u.slice(1)}`).join('|')})`;

/** "… the X team …": the name right before a unit word. */
const NAMED_UNIT = new RegExp(`(${NAME})\\s+${UNIT}(?![\\p{L}])`, 'u');
/** "part of X", "sits in X", "within X", "joins X": the name after a word of belonging. */
const BELONGS = new RegExp(`\\b(?:[Pp]art of|[Mm]ember of|[Ss]its? in|[Ss]itting in|[Ww]ithin|[Jj]oin(?:s|ing)?|[Ii]nside)\\s+(?:the\\s+)?(${NAME})`, 'u');
/** Words that lead into a name in a short clause: "Part of Growth". */
const LEAD = /^(?:(?:part|member) of|sits? in|within|inside|in|on|the)\s+/i;

/** A clause that opens like a sentence is not a name: "As a senior engineer, you …". */
const SENTENCE_START = /^(?:as|if|when|while|this|that|it|you|we|our|they|there|the role|the position)\b/i;

const MAX_NAME_WORDS = 4;
const MAX_PLAIN_WORDS = 6;

/**
 * The team a role sits in, from how a document describes it: a short name
 * ("Customer Support"), a name and a remark ("Clinical Risk Modeling, inside
 * the Data & AI organisation"), or a sentence naming the unit ("The role sits
 * in the Revenue Management & Pricing group of the Commercial organization").
 * Undefined when the text names no unit: it is a note about the role.
 */
export function readTeam(text: string): string | undefined {
  const trimmed = text.trim();
  const clause = trimmed.split(/\s*(?:[,;(]|\s[-–—]\s)\s*/)[0]!;
  if (clause !== trimmed && wordCount(clause) <= MAX_NAME_WORDS && !SENTENCE_START.test(clause)) return strip(clause);
  const named = NAMED_UNIT.exec(trimmed)?.[1] ?? BELONGS.exec(trimmed)?.[1];
  if (named) return strip(named);
  return wordCount(trimmed) <= MAX_PLAIN_WORDS ? trimmed : undefined;
}

function strip(name: string): string | undefined {
  let out = name.trim();
  while (LEAD.test(out)) out = out.replace(LEAD, '');
  out = out.replace(/^The\s+/, '');
  return out || undefined;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
