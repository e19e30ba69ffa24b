import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import './data-map.js';
import { byCodeUnit } from '../code-unit-order.js';
import { shownPath } from '../output/shown-path.js';
import { resolveCompanyDir } from './companies.js';
import { decode } from './decode.js';
import { WINDOWS_1252_READ } from './legacy-text.js';
import { linkOutside } from './outside-link.js';
import { fatal } from './report.js';

const DOCUMENT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export interface LoadOptions {
  /** Directory `file.path` is made relative to, so paths in messages are clickable. Default: `process.cwd()`. */
  cwd?: string;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

async function readDocument(file: VFile, absolute: string, relative: string, profilesRoot: string): Promise<void> {
  const outside = await linkOutside(absolute, profilesRoot);
  if (outside !== undefined) {
    file.data.skipped = true;
    file.message(`Unexpected link to \`${outside}\`, outside the profiles directory, expected a document inside it; skipped, copy the file into the profiles directory if it belongs there`, {
      place: { line: 1, column: 1 }, ruleId: 'outside-link', source: 'prep',
    });
    return;
  }
  const info = await stat(absolute);
  if (!info.isFile()) return skip(file, 'Skipped: not a file', 'not-a-document');
  if (!DOCUMENT_EXTENSIONS.some((ext) => relative.toLowerCase().endsWith(ext))) {
    return skip(file, 'Skipped: only .md, .markdown and .txt documents are read', 'not-a-document');
  }
  if (info.size > MAX_DOCUMENT_BYTES) {
    file.data.skipped = true;
    return fatal(file, `Unexpected size: it is ${megabytes(info.size)} MB, over the 2 MB limit; split it or trim it`, 'too-large');
  }
  const decoded = decode(await readFile(absolute));
  if (!decoded.ok) {
    file.data.skipped = true;
    file.message(`Unexpected binary content (${decoded.reason}), expected UTF-8 text; skipped, save it as UTF-8 text or remove it`, {
      place: decoded.place, ruleId: 'not-text', source: 'prep',
    });
    return;
  }
  file.value = decoded.text;
  if (decoded.encoding === 'windows-1252') {
    file.message(WINDOWS_1252_READ, {
      place: { line: 1, column: 1 }, ruleId: 'legacy-encoding', source: 'prep',
    });
  }
  if (decoded.text.trim() === '') skip(file, 'Skipped: the document is empty; add content or remove it', 'empty-document');
}

function skip(file: VFile, reason: string, ruleId: string): void {
  file.data.skipped = true;
  file.info(reason, { place: { line: 1, column: 1 }, ruleId, source: 'prep' });
}

/**
 * Read stage: one VFile per entry of the company folder, sorted by name.
 * Files that are not usable documents keep a message and `data.skipped`; one
 * bad file never stops the others.
 */
export async function load(profilesDir: string, id: string, options: LoadOptions = {}): Promise<VFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const dir = path.resolve(resolveCompanyDir(profilesDir, id, cwd));
  const names = (await readdir(dir)).filter((name) => !name.startsWith('.')).sort(byCodeUnit);
  const profilesRoot = await realpath(path.resolve(cwd, profilesDir));
  return Promise.all(
    names.map(async (name) => {
      const absolute = path.join(dir, name);
      const relative = `${id}/${name}`;
      const file = new VFile({ path: shownPath(absolute, cwd), value: '', data: { relative, skipped: false } });
      try {
        await readDocument(file, absolute, relative, profilesRoot);
      } catch (error) {
        file.data.skipped = true;
        fatal(file, `Cannot read the document: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; check that it exists and is readable`, 'unreadable');
      }
      return file;
    }),
  );
}
