import matter from 'gray-matter';
import { parse as parseYaml, YAMLError } from 'yaml';
import { FrontMatterError } from './front-matter-error.js';
import { unwikify } from './note-syntax.js';
import type { FrontMatter } from './types.js';

export { FrontMatterError };

export interface SplitDocument {
  frontMatter: FrontMatter;
  /**
   * The body with the front matter blanked out (every character but newlines
   * turned into a space), so parsers report the original file's lines, columns
   * and offsets without any adjustment.
   */
  body: string;
  /** Whether the document had a front-matter block. */
  present: boolean;
}

function refuseCode(): never {
  // gray-matter evaluates `---js` blocks by default; a profile is data, never code.
  throw new FrontMatterError('Unexpected JavaScript front matter, expected YAML', 1, 'profiles are data and never run: rewrite the block as YAML');
}

function readYaml(source: string): object {
  try {
    // `timestamp` makes `as_of: 2024-05-01` a Date, normalized below; the core
    // schema has no tags that construct anything else.
    const data: unknown = parseYaml(source, { customTags: ['timestamp'], maxAliasCount: 100, logLevel: 'error' });
    return (data ?? {}) as object;
  } catch (error) {
    if (error instanceof YAMLError) {
      // gray-matter hands over the block with the newline after the opening
      // fence, so YAML line N is file line N.
      const line = error.linePos?.[0]?.line ?? 1;
      const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      throw new FrontMatterError(`Unexpected broken YAML front matter (${reason})`, line, 'fix the YAML between the `---` lines or remove the block');
    }
    throw error;
  }
}

const engines = { yaml: readYaml, js: refuseCode, javascript: refuseCode };

/**
 * gray-matter looks the word after `---` up in a plain object, so `---constructor`
 * or `---toString` would "parse" the block with an Object.prototype function and
 * hand back nonsense without a complaint; only YAML (and JSON, a subset) pass.
 */
function refuseOtherLanguages(text: string): void {
  const language = (/^---([^\n]*)\n/.exec(text)?.[1] ?? '').trim();
  const name = language.toLowerCase();
  if (name === 'js' || name === 'javascript') refuseCode();
  if (!['', 'yaml', 'yml', 'json'].includes(name)) {
    throw new FrontMatterError(`Unexpected front matter language \`${language}\`, expected YAML`, 1, 'use a YAML block between `---` lines');
  }
}

/** Hugo-style `+++` TOML front matter: refused with what to do, rather than read as content lines. */
function refuseToml(text: string): void {
  if (/^\+\+\+[ \t]*\r?\n/.test(text) && /\n\+\+\+[ \t]*(?:\r?\n|$)/.test(text)) {
    throw new FrontMatterError('Unexpected TOML front matter (`+++`), expected YAML', 1, 'rewrite the block as YAML between `---` lines, e.g. `company: Acme`');
  }
}

/** Split front matter from the body; throws `FrontMatterError` for a block that cannot be used. */
export function splitFrontMatter(text: string): SplitDocument {
  refuseToml(text);
  // A block needs both fences; a scraped page that merely starts with a rule is no front matter.
  if (!/^---[^\n-]*\n/.test(text) || !/\n---[ \t]*(?:\n|$)/.test(text)) return { frontMatter: { extra: {} }, body: text, present: false };
  refuseOtherLanguages(text);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines });
  } catch (error) {
    if (error instanceof FrontMatterError) throw error;
    throw new FrontMatterError(`Unexpected front matter (${(error as Error).message})`, 1, 'use a YAML block between `---` lines');
  }
  // A block that is no mapping (`---`, a sentence, `---`) is a pair of thematic breaks around text.
  const data: unknown = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || data instanceof Date) return { frontMatter: { extra: {} }, body: text, present: false };
  const head = text.slice(0, text.length - parsed.content.length);
  return {
    frontMatter: normalizeFrontMatter(parsed.data),
    body: head.replace(/[^\n]/g, ' ') + parsed.content,
    present: true,
  };
}

// Keys that would reach Object.prototype if ever assigned with `obj[key] = …`.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return toText(value);
}

function toText(value: unknown): string | undefined {
  // `company: "[[Acme Corp]]"`: a notes app links the page of that name.
  if (typeof value === 'string') return unwikify(value).trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function toList(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const list = items.map(toText).filter((item): item is string => item !== undefined);
  return list.length > 0 ? list : undefined;
}

type Setter = (fm: FrontMatter, value: unknown) => void;
const setAsOf: Setter = (fm, v) => assign(fm, 'asOf', toIsoDate(v));
const setFormats: Setter = (fm, v) => assign(fm, 'formats', toList(v)?.map((format) => format.toLowerCase()));
const KNOWN = new Map<string, Setter>([
  ['company', (fm, v) => assign(fm, 'company', toText(v))],
  ['aliases', (fm, v) => assign(fm, 'aliases', toList(v))],
  // `role: [Data Engineer]` is one role; a list of several names no single one. Not in `extra`, where a `roles:` key of the author's lives.
  ['role', (fm, v) => (Array.isArray(v) && v.length > 1 ? assign(fm, 'roles', toList(v)) : assign(fm, 'role', toText(Array.isArray(v) ? v[0] : v)))],
  ['as_of', setAsOf],
  ['asof', setAsOf],
  ['as-of', setAsOf],
  ['source', (fm, v) => assign(fm, 'source', toText(v))],
  ['formats', setFormats],
  ['format', setFormats],
  ['paper', (fm, v) => assign(fm, 'paper', toText(v)?.toLowerCase())],
]);

function assign<K extends Exclude<keyof FrontMatter, 'extra'>>(fm: FrontMatter, key: K, value: FrontMatter[K] | undefined): void {
  if (value !== undefined) fm[key] = value;
}

/** Front matter data → the typed shape; unknown keys go to `extra`, unsafe keys nowhere. */
export function normalizeFrontMatter(data: unknown): FrontMatter {
  const frontMatter: FrontMatter = { extra: {} };
  if (data === null || typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    throw new FrontMatterError('Unexpected front matter that is not `key: value` pairs', 2, 'write one `key: value` per line, e.g. `company: Acme`');
  }
  for (const key of Object.keys(data)) {
    if (UNSAFE_KEYS.has(key)) continue;
    const value: unknown = (data as Record<string, unknown>)[key];
    const known = KNOWN.get(key.toLowerCase());
    if (known) known(frontMatter, value);
    else Object.defineProperty(frontMatter.extra, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return frontMatter;
}
