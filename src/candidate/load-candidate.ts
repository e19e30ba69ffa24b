import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { shownPath } from '../output/shown-path.js';
import { decode } from '../read/decode.js';
import { WINDOWS_1252_READ } from '../read/legacy-text.js';
import { MAX_DOCUMENT_BYTES } from '../read/load.js';
import type { Candidate } from './types.js';

/** Reads a candidate file, markdown or JSON Resume, as the user wrote it. */
export async function loadCandidate(file: string, cwd: string): Promise<Candidate> {
  const absolute = path.resolve(cwd, file);
  // Evidence cites this path: with `/` on every platform, like a profile's `source.file`.
  const relative = shownPath(absolute, cwd);
  const shown = path.isAbsolute(relative) ? relative : relative.split(path.sep).join('/');
  const { text, encoding } = decodeText(await read(absolute, shown), shown);
  const candidate = await parse(text, shown);
  return encoding === 'windows-1252' ? { ...candidate, encoding } : candidate;
}

async function parse(text: string, shown: string): Promise<Candidate> {
  if (/\.json$/i.test(shown) || text.trimStart().startsWith('{')) {
    const { parseJsonResume } = await import('./parse-json-resume.js');
    return parseJsonResume(text, shown);
  }
  const { parseMarkdownCandidate } = await import('./parse-markdown.js');
  return parseMarkdownCandidate(text, shown);
}

/**
 * The lines to warn with about a candidate file the user should fix: one not
 * in UTF-8 (a résumé saved by an old Word), and one read but holding nothing
 * that counts as evidence, where every row would be a gap and read like a
 * verdict on the candidate.
 */
export function candidateWarnings(candidate: Candidate): string[] {
  const warnings: string[] = [];
  if (candidate.encoding === 'windows-1252') warnings.push(`${candidate.file}: ${WINDOWS_1252_READ}`);
  if (candidate.evidence.length === 0) {
    warnings.push(`${candidate.file} has no evidence prep can read; expected sections such as Skills, Experience or Projects (see examples/candidate.md)`);
  }
  return warnings;
}

async function read(absolute: string, shown: string): Promise<Buffer> {
  try {
    const bytes = await readFile(absolute);
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new ContentError(`${shown}: the candidate file is ${Math.round(bytes.length / 1024)} KB, over the 2 MB limit.`, {
        hint: 'Pass a résumé or notes file, not an export or archive.',
      });
    }
    return bytes;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    // The tailor issue's contract: a candidate that cannot be read, whatever the reason, is exit 1.
    throw new ContentError(`cannot read candidate file ${shown}: ${why}.`, {
      hint: 'Check the path given to --candidate (a .md file or a JSON Resume .json).',
    });
  }
}

function decodeText(bytes: Buffer, shown: string): { text: string; encoding?: string | undefined } {
  const decoded = decode(bytes);
  if (decoded.ok) return decoded;
  throw new ContentError(`${shown}: the candidate file is not UTF-8 text (${decoded.reason}).`, {
    hint: 'Save it as UTF-8 markdown or JSON Resume.',
  });
}
