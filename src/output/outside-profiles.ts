import path from 'node:path';
import { UsageError } from '../errors.js';
import { isCompanyId } from '../read/companies.js';
import { shownPath } from './shown-path.js';

/**
 * Refuses an output in a company folder of the profiles directory, or one
 * that would become a company folder (`profiles/packets`): the next run would
 * read the packets back as the company's documents, or a folder of them as a
 * company. The profiles directory itself and its hidden folders are read as
 * neither.
 */
export function checkOutsideProfiles(output: string, profilesDir: string, cwd: string, what: string): void {
  const relative = path.relative(path.resolve(cwd, profilesDir), path.resolve(cwd, output));
  const first = relative.split(path.sep)[0] ?? '';
  if (relative.startsWith('..') || path.isAbsolute(relative) || !isCompanyId(first)) return;
  throw new UsageError(
    `${what} ${shownPath(output, cwd)} is inside the profiles directory ${shownPath(profilesDir, cwd)}, where packets would be read back as company documents.`,
    { hint: 'Write them elsewhere, e.g. --out packets.' },
  );
}
