import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import type { Candidate } from './types.js';

const MAX_BYTES = 2 * 1024 * 1024;

/** Reads a candidate file, markdown or JSON Resume, as the user wrote it. */
export async function loadCandidate(file: string, cwd: string): Promise<Candidate> {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : absolute;
  const text = decode(await read(absolute, shown), shown);
  if (/\.json$/i.test(shown) || text.trimStart().startsWith('{')) {
    const { parseJsonResume } = await import('./parse-json-resume.js');
    return parseJsonResume(text, shown);
  }
  const { parseMarkdownCandidate } = await import('./parse-markdown.js');
  return parseMarkdownCandidate(text, shown);
}

async function read(absolute: string, shown: string): Promise<Buffer> {
  try {
    const bytes = await readFile(absolute);
    if (bytes.length > MAX_BYTES) {
      throw new ContentError(`${shown}: the candidate file is ${Math.round(bytes.length / 1024)} KB, over the 2 MB limit.`, {
        hint: 'Pass a résumé or notes file, not an export or archive.',
      });
    }
    return bytes;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new ContentError(`cannot read candidate file ${shown}: ${why}.`, {
      hint: 'Check the path given to --candidate (a .md file or a JSON Resume .json).',
    });
  }
}

function decode(bytes: Buffer, shown: string): string {
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new ContentError(`${shown}: the candidate file is not UTF-8 text.`, {
      hint: 'Save it as UTF-8 markdown or JSON Resume.',
    });
  }
}
