import type { VFile } from 'vfile';
import type { Draft } from '../extract/draft.js';
import type { CompanySettings } from '../model/settings.js';
import type { Source } from '../model/source.js';
import { FORMATS } from '../render/formats.js';
import { PAPERS } from '../render/page-css.js';

type Key = keyof CompanySettings;
type Decided<T> = { value: T[]; source: Source };
const KEY_NAMES: Record<Key, RegExp> = { formats: /^formats?\s*:/i, paper: /^paper\s*:/i };

/** The front-matter line that sets the key (the block opens on line 1), so a warning points at it. */
function keyLine(file: VFile, key: Key): number {
  const lines = String(file.value).split(/\r?\n/);
  for (let index = 1; index < lines.length && !/^---\s*$/.test(lines[index]!); index++) {
    if (KEY_NAMES[key].test(lines[index]!)) return index + 1;
  }
  return 1;
}

function warn(file: VFile, line: number, reason: string): void {
  file.message(reason, { place: { line, column: 1 }, ruleId: 'front-matter-option', source: 'prep' });
}

/** One document's value for the key, or undefined (with a warning) when it names what prep does not know. */
function valueOf<T extends string>(draft: Draft, key: Key, allowed: readonly T[], line: number): T[] | undefined {
  const raw = key === 'formats' ? draft.doc.frontMatter.formats : draft.doc.frontMatter.paper;
  if (raw === undefined) return undefined;
  const values = [...new Set(typeof raw === 'string' ? [raw] : raw)];
  const known = values.filter((value): value is T => (allowed as readonly string[]).includes(value));
  if (known.length === values.length) return known;
  const unknown = values.filter((value) => !known.includes(value as T));
  warn(draft.doc.file, line, `Unexpected ${key} \`${unknown.join(', ')}\` in front matter, expected ${allowed.join(', ')}; ignored, fix the value or remove \`${key}:\``);
  return undefined;
}

/** The first document (in path order) that sets the key decides it; one that asks for something else is warned, as conflicting facts are. */
function decide<T extends string>(drafts: readonly Draft[], key: Key, allowed: readonly T[]): Decided<T> | undefined {
  let kept: Decided<T> | undefined;
  for (const draft of drafts) {
    const line = keyLine(draft.doc.file, key);
    const value = valueOf(draft, key, allowed, line);
    if (value === undefined) continue;
    if (!kept) kept = { value, source: { file: draft.doc.relative, line } };
    else if (kept.value.join() !== value.join()) {
      warn(draft.doc.file, line, `Unexpected conflicting \`${key}: ${value.join(', ')}\` in front matter, expected it to agree with \`${kept.value.join(', ')}\` (${kept.source.file}:${kept.source.line}); kept the first, correct the other document`);
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
