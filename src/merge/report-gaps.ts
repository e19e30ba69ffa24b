import type { VFile } from 'vfile';
import { clip } from '../clip.js';
import type { Company } from '../model/company.js';

/**
 * Gaps and unmapped lines as diagnostics, so `prep check` lists them with the
 * rest: a placeholder is a warning (the document is unfinished), a line that
 * landed nowhere an info (the model has no place for it yet).
 */
export function reportGapsAndUnmapped(company: Company, files: ReadonlyMap<string, VFile>): void {
  for (const gap of company.gaps) {
    files.get(gap.source.file)?.message(
      `Unexpected placeholder \`${gap.text}\` for \`${gap.field}\`, expected a value; fill it in or delete the line`,
      { place: { line: gap.source.line, column: 1 }, ruleId: 'placeholder', source: 'prep' },
    );
  }
  for (const line of company.unmapped) {
    files.get(line.source.file)?.info(
      `Unexpected content \`${clip(line.text)}\` outside any known section, expected it under a heading prep knows; it is listed in \`unmapped\``,
      { place: { line: line.source.line, column: 1 }, ruleId: 'unmapped-line', source: 'prep' },
    );
  }
}
