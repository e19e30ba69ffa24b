import type { VFile } from 'vfile';
import type { OnConflict } from '../merge/scalar.js';

/**
 * Fields that describe in prose: a company page and a job ad each say what
 * the company does in their own words, which is no disagreement to correct
 * (the other wording stays in `alternatives`).
 */
const DESCRIPTIONS = /(?:^|\.)(?:summary|offering|customers|businessModel)$/;

/**
 * A conflict between two documents over one field, as a warning on the file
 * of the value set aside. Two values in one document ("Key products" and
 * "Key services" both filling the offering) are its own structure, not a
 * disagreement: both are kept, nothing is reported.
 */
export function reportConflict(file: VFile | ((path: string) => VFile | undefined), field: string): OnConflict {
  return (kept, other) => {
    if (kept.source.file === other.source.file || DESCRIPTIONS.test(field)) return;
    const target = typeof file === 'function' ? file(other.source.file) : file;
    if (!target) return;
    target.message(
      `Unexpected conflicting \`${field}\` \`${other.text}\`, expected it to agree with \`${kept.text}\` (${kept.source.file}:${kept.source.line}); kept the more specific value, correct the other document`,
      { place: { line: other.source.line, column: 1 }, ruleId: 'conflicting-value', source: 'prep' },
    );
  };
}
