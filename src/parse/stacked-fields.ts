import { fieldOfLabel } from '../extract/fields.js';
import type { TextLine } from './text-lines.js';

const MAX_NAME_WORDS = 4;

/** A line that is a field's name and nothing else: `time type`, `job requisition id`. */
const isFieldName = (line: TextLine | undefined): boolean =>
  line !== undefined && line.text.split(/\s+/).length <= MAX_NAME_WORDS && fieldOfLabel(line.text) !== undefined;

/**
 * `time type` over `Full time`, `job requisition id` over `R-10423`: a job
 * board's fields in lower case, each name on its own line over its value.
 * Such a name must not be read as the wrapped end of the value above it. A
 * lone lower-case line that happens to be a field's name (`team` in wrapped
 * prose) is prose: the name counts only among its peers, another field's
 * name two content lines above or below (chrome lines skipped); the value
 * is the very next line.
 */
export function stackedFieldNames(lines: readonly TextLine[], chrome: ReadonlySet<number>): Set<number> {
  const content = lines.filter((line) => line.text !== '' && !chrome.has(line.line));
  const found = new Set<number>();
  content.forEach((line, k) => {
    if (!/^\p{Ll}/u.test(line.text) || !isFieldName(line)) return;
    const value = content[k + 1];
    if (!value || value.line !== line.line + 1 || isFieldName(value)) return;
    if (isFieldName(content[k - 2]) || isFieldName(content[k + 2])) found.add(line.line);
  });
  return found;
}
