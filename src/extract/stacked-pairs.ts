import type { Paragraph } from 'mdast';
import { boldOnly } from '../parse/bold-headings.js';
import type { Entry } from './entries.js';
import { fieldOfLabel } from './fields.js';
import { isWord } from '../parse/dictionary.js';

/**
 * `Seniority level` on one line and `Mid-Senior level` on the next, as a
 * job board lists its criteria: a field's name alone, then its value, is
 * one labelled entry spanning both lines. A name prep does not know (an
 * infobox's `Key people` over `Jane Doe (CEO)`) pairs so too on the line
 * right under such a pair: among its peers it is a name, not a line of prose.
 */
export function pairStacked(entries: readonly Entry[]): Entry[] {
  const out: Entry[] = [];
  let chainEnd = -1;
  for (let i = 0; i < entries.length; i += 1) {
    const [name, value] = [entries[i]!, entries[i + 1]];
    const shaped = value && isBareParagraph(name) && (isBareParagraph(value) || isListValue(value)) && value.line === name.line + lineGap(name);
    // Only a plain line next to the pair above: a bold paragraph a blank line away may be a note's own heading (`**Remember**`).
    const peer = lineGap(name) === 1 && name.line === chainEnd + 1 && isFieldName(name.text) && !fieldOfLabel(value?.text ?? '');
    if (!shaped || !(fieldOfLabel(name.text) || peer)) {
      out.push(name);
      chainEnd = -1;
      continue;
    }
    const node: Paragraph = { type: 'paragraph', children: [], ...(name.node.position && value.node.position ? { position: { start: name.node.position.start, end: value.node.position.end } } : {}) };
    out.push({ ...name, node, text: `${name.text}: ${value.text}`, labelled: { label: name.text, value: value.text } });
    chainEnd = value.node.position?.end.line ?? value.line;
    i += 1;
  }
  return out;
}

/** `Key people`, `Area served`: a capitalized name of a few words and no punctuation but an apostrophe or a hyphen. */
const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}$/u;

/** A field's name is made of English words; `Aldi` over `Lidl`, a field's further values one to a line, are names of things. */
const isFieldName = (text: string): boolean => NAME_SHAPE.test(text) && text.toLowerCase().split(' ').every(isWord);

/**
 * How far below its name a value sits: on the next line in text, past a
 * blank line in markdown clipped from such a page, where the name is a bold
 * paragraph of its own (`**Industry**`, blank, `Software Development`).
 */
function lineGap(name: Entry): number {
  return name.node.type === 'paragraph' && boldOnly(name.node) !== undefined ? 2 : 1;
}

/** `Dosing pumps, flow control, clean rooms, and Industry 4.0` under `Specialties`: a value of many words, all a list. */
function isListValue(entry: Entry): boolean {
  return entry.node.type === 'paragraph' && !entry.labelled && (entry.text.match(/,/g)?.length ?? 0) >= 2 && !/[.!?]$/.test(entry.text) && entry.text.length <= 300;
}

function isBareParagraph(entry: Entry): boolean {
  return entry.node.type === 'paragraph' && !entry.labelled && entry.children.length === 0 && entry.text.split(/\s+/).length <= 6;
}
