import type { VFile } from 'vfile';
import type { Draft } from '../extract/draft.js';
import type { CompanySettings } from '../model/settings.js';
import type { Source } from '../model/source.js';
import { FORMATS, PAPERS } from '../model/outputs.js';
import { frontMatterLines } from './front-matter-lines.js';
import { fileLines } from '../parse/file-text.js';

type Key = keyof CompanySettings;
type Decided<T> = { value: T[]; source: Source };
const KEY_NAMES: Record<Key, RegExp> = { formats: /^formats?\s*:/i, paper: /^paper\s*:/i };

/** The front-matter line that sets the key (the block opens on line 1), so a warning points at it. */
function keyLine(file: VFile, key: Key): number {
  const lines = fileLines(file);
  const inside = lines.slice(1, Math.max(frontMatterLines(lines) - 1, 1));
  const index = inside.findIndex((line) => KEY_NAMES[key].test(line));
  return index < 0 ? 1 : index + 2;
}

function warn(file: VFile, line: number, reason: string): void {
  file.message(reason, { place: { line, column: 1 }, ruleId: 'front-matter-option', source: 'prep' });
}

/**
 * One document's value for the key as written, or undefined. A value prep
 * does not know is warned at its line and left out; the known ones beside it
 * still count (`formats: [html, docx]` asks for html).
 */
function valueOf<T extends string>(draft: Draft, key: Key, allowed: readonly T[]): Decided<T> | undefined {
  const raw = key === 'formats' ? draft.doc.frontMatter.formats : draft.doc.frontMatter.paper;
  if (raw === undefined) return undefined;
  const source = { file: draft.doc.relative, line: keyLine(draft.doc.file, key) };
  const values = [...new Set(typeof raw === 'string' ? [raw] : raw)];
  const known = values.filter((value): value is T => (allowed as readonly string[]).includes(value));
  if (known.length < values.length) {
    const unknown = values.filter((value) => !known.includes(value as T));
    warn(draft.doc.file, source.line, `Unexpected ${key} \`${unknown.join(', ')}\` in front matter, expected ${allowed.join(', ')}; ignored, fix the value or remove it`);
  }
  return known.length > 0 ? { value: known, source } : undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join() === [...b].sort().join();

/** The first document (in path order) that sets the key decides it; one that asks for something else is warned, as conflicting facts are. */
function decide<T extends string>(drafts: readonly Draft[], key: Key, allowed: readonly T[]): Decided<T> | undefined {
  let kept: Decided<T> | undefined;
  for (const draft of drafts) {
    const found = valueOf(draft, key, allowed);
    if (!found) continue;
    if (!kept) kept = found;
    else if (!sameSet(kept.value, found.value)) {
      warn(draft.doc.file, found.source.line, `Unexpected conflicting \`${key}: ${found.value.join(', ')}\` in front matter, expected it to agree with \`${kept.value.join(', ')}\` (${kept.source.file}:${kept.source.line}); kept the first, correct the other document`);
    }
  }
  return kept;
}

/** The build options the documents ask for in their front matter. */
export function mergeSettings(drafts: readonly Draft[]): CompanySettings {
  const settings: CompanySettings = {};
  const formats = decide(drafts, 'formats', FORMATS);
  const paper = decide(drafts, 'paper', PAPERS);
  if (formats) settings.formats = formats;
  if (paper) settings.paper = { value: paper.value[0]!, source: paper.source };
  return settings;
}
