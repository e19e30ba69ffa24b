import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { shownPath } from '../output/shown-path.js';
import { isCompanyId, misnamedFolders, suggestedId } from './companies.js';

/**
 * A warning for each folder of the profiles directory that is no company
 * because of its name: without it, `Acme/` would simply never be built.
 */
export function folderDiagnostics(profilesDir: string, cwd: string): Diagnostic[] {
  return misnamedFolders(profilesDir).map((name) => {
    const slug = suggestedId(name);
    const rename = isCompanyId(slug) ? `rename it to \`${slug}\`` : 'rename it to a lowercase slug';
    const message = `Unexpected company folder name \`${name}\`, expected a lowercase slug such as \`acme\` or \`acme-corp\`; it is skipped, ${rename}`;
    return folderWarning(shownPath(path.join(profilesDir, name), cwd), 'company-folder', message);
  });
}

/**
 * A warning on a company folder no document of which could be read (empty,
 * or only images and binaries): its check would otherwise read "0 errors,
 * 100% mapped" and pass, and its packets would say next to nothing.
 */
export function emptyCompanyDiagnostic(profilesDir: string, id: string, cwd: string): Diagnostic {
  const message = 'Unexpected company folder with no document prep could read, expected at least one .md, .markdown or .txt text document; add one, or remove the folder';
  return folderWarning(shownPath(path.join(profilesDir, id), cwd), 'no-documents', message);
}

const folderWarning = (file: string, ruleId: string, message: string): Diagnostic => ({ file, line: 1, column: 1, severity: 'warning', ruleId, message });
