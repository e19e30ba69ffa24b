import type { Classified } from '../classify/classify.js';
import { addGap, makeFact, mark, type Draft } from './draft.js';
import type { Entry } from './entries.js';
import { isPlaceholder } from './placeholder.js';
import { extractFields } from './preamble.js';
import { camelCase } from './split.js';
import { fieldOfLabel } from './fields.js';
import { setField } from './overview.js';
import { lineOf, textOf } from '../classify/text.js';

/**
 * A section under a heading the table does not know ("Interview loop",
 * "Open items"), or what an overview or a title section holds beyond its
 * fields: labelled fields still fill the model, and everything else is kept
 * as the company's free-form notes, labelled with the heading.
 * A placeholder (`Salary band: TBD`) is a gap, never a note. Unknown headings
 * inside a container are that container's business.
 */
export function extractNotes(draft: Draft, classified: Classified): void {
  const { section } = classified;
  if (classified.container || !section.heading) return extractFields(draft, classified);
  if (readHeadedField(draft, classified)) return;
  let noted = false;
  extractFields(draft, classified, (entry) => {
    noteEntry(draft, entry, section.title);
    noted = true;
  });
  // A table's header row labels the rows just noted; a heading over subsections groups them.
  if (noted) section.content.filter((node) => node.type === 'table').forEach((table) => mark(draft, table));
  if (noted || section.children.length > 0) mark(draft, section.heading);
}

/**
 * `| Status | Interviewing |`, a row of a two-column property table, reads
 * `Status: Interviewing`; so does `Key people<TAB>Jane Doe`, a row saved as
 * text, which would otherwise read as one run of words (`Key people Jane Doe`).
 */
function noteText(entry: Entry): string {
  const row = entry.node.type === 'tableRow' && entry.node.children.length === 2;
  const spaced = entry.labelled !== undefined && entry.text === `${entry.labelled.label} ${entry.labelled.value}`;
  return (row || spaced) && entry.labelled && entry.labelled.value !== '' ? `${entry.labelled.label}: ${entry.labelled.value}` : entry.text;
}

function noteEntry(draft: Draft, entry: Entry, heading: string): void {
  mark(draft, entry.node);
  const value = entry.labelled ? entry.labelled.value : entry.text;
  if (isPlaceholder(value) && entry.children.length === 0) {
    addGap(draft, entry.labelled ? `notes.${camelCase(entry.labelled.label)}` : 'notes', value, entry.line, entry.labelled?.label);
    return;
  }
  if (value !== '' || entry.children.length === 0) draft.company.notes.push(makeFact(draft, noteText(entry), entry.line, heading));
  for (const child of entry.children) noteEntry(draft, entry.labelled && !child.labelled ? { ...child, text: `${entry.labelled.label}: ${child.text}` } : child, heading);
}

/** `THE TEAM:` over one paragraph, `## Headquarters` over `Berlin`: a heading that is a field's label, its paragraph the value. */
function readHeadedField(draft: Draft, classified: Classified): boolean {
  const { section } = classified;
  const field = fieldOfLabel(section.title);
  const [only, ...rest] = section.content;
  if (!field || only?.type !== 'paragraph' || rest.length > 0 || section.children.length > 0) return false;
  const text = textOf(only).replace(/\s+/g, ' ').trim();
  if (!setField(draft, field, text, lineOf(only), section.title)) return false;
  mark(draft, only);
  mark(draft, section.heading);
  return true;
}
