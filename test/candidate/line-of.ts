import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

/** The 1-based line of the file (relative to the repository) where `text` is written. */
export const lineOf = (file: string, text: string): number =>
  readFileSync(path.join(repoRoot, file), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
