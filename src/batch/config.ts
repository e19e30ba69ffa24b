import path from 'node:path';
import { lilconfig } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { ContentError, UsageError } from '../errors.js';
import { Config, ConfigTarget } from './config-schema.js';
import { fileProblem } from './file-problem.js';
import type { OptionLayer } from './resolve-options.js';

const CONFIG_FILES = ['prep.config.yaml', 'prep.config.yml', 'prep.config.json'];

export interface LoadedConfig {
  filepath: string;
  config: Config;
}

/** Parses with `parse`, turning a syntax error into a usage error naming the file. */
const loader =
  (parse: (text: string) => unknown) =>
  (filepath: string, content: string): unknown => {
    try {
      return parse(content);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      const reason = message.replace(/:$/, '').replace(/ (?:in JSON )?at (?:position \d+|line \d+, column \d+)| \(line \d+ column \d+\)/g, '');
      throw new UsageError(`${path.basename(filepath)}${placeOf(error, content)}: cannot parse the config file: ${reason}.`, {
        hint: 'Fix its syntax (YAML or JSON), or remove the file.',
        cause: error,
      });
    }
  };
/** `:line:col` of a syntax error: YAML gives it, JSON.parse only a character position. */
function placeOf(error: unknown, content: string): string {
  const at = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (at) return `:${at.line}:${at.col}`;
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  if (position === undefined) return '';
  const before = content.slice(0, Number(position));
  return `:${before.split('\n').length}:${Number(position) - before.lastIndexOf('\n')}`;
}

// logLevel 'error': the yaml package would print its warnings (an unknown `!tag`) as Node process warnings, past the one-line error.
const loadYaml = loader((text) => parseYaml(text, { logLevel: 'error' }));
const loadJson = loader((text) => JSON.parse(text) as unknown);

/** Finds and validates the config file in `cwd` (not its parents); undefined when there is none. */
export async function loadConfig(cwd: string): Promise<LoadedConfig | undefined> {
  checkOneConfig(cwd);
  const explorer = lilconfig('prep', {
    searchPlaces: CONFIG_FILES,
    stopDir: cwd,
    cache: false,
    loaders: { '.yaml': loadYaml, '.yml': loadYaml, '.json': loadJson },
  });
  const found = await explorer.search(cwd);
  if (!found) return undefined;
  return { filepath: found.filepath, config: validateConfig(found.config ?? {}, found.filepath) };
}

/** Two config files would settle nothing: which one CI reads must not depend on a search order. */
function checkOneConfig(cwd: string): void {
  const present = CONFIG_FILES.filter((name) => fileProblem(path.join(cwd, name)) === undefined);
  if (present.length < 2) return;
  throw new UsageError(`unexpected config files ${present.join(' and ')} side by side, expected one.`, {
    hint: `Keep the one you mean and remove ${present.length > 2 ? 'the others' : 'the other'}.`,
  });
}

function validateConfig(raw: unknown, filepath: string): Config {
  const result = Config.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0] as z.core.$ZodIssue;
  const name = path.basename(filepath);
  throw new UsageError(`${name}: ${describeIssue(issue)}`, {
    hint: 'See `prep schema config` for the allowed keys and types.',
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.length > 0 ? formatPath(issue.path) : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (at ? `${at}.${k}` : k));
    const allowed = Object.keys((at ? ConfigTarget : Config).shape).join(', ');
    return `unknown key ${keys.map((k) => `"${k}"`).join(', ')}, expected one of ${allowed}.`;
  }
  return `invalid value for key "${at || '(root)'}": ${issue.message}.`;
}

function formatPath(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * The config's candidate, when no --candidate replaces it, must lead to a
 * file: else every packet would fail alike, with an error about a flag the
 * user never gave.
 */
export function checkConfigCandidate(loaded: LoadedConfig | undefined, cliCandidate: string | undefined): void {
  const candidate = loaded?.config.candidate;
  if (!loaded || candidate === undefined || cliCandidate !== undefined) return;
  const problem = fileProblem(path.resolve(path.dirname(loaded.filepath), candidate));
  if (problem === undefined) return;
  const name = path.basename(loaded.filepath);
  // Exit 1, as for a --candidate that cannot be read: the file is the trouble, not the config's shape.
  throw new ContentError(`${name}: candidate "${candidate}" leads to ${problem === 'no such file' ? 'no file' : 'a directory, not a file'}.`, {
    hint: `Fix the path in ${name} (relative to it), or pass --candidate <file>.`,
  });
}

/** Every company the config's targets name must be a company folder: a typo there is a usage error, not a failed build. */
export function checkConfigCompanies(loaded: LoadedConfig | undefined, companies: readonly string[]): void {
  const targets = loaded?.config.targets ?? [];
  const known = new Set(companies);
  const index = targets.findIndex((t) => !known.has(t.company));
  if (!loaded || index < 0) return;
  const name = path.basename(loaded.filepath);
  throw new UsageError(`${name}: targets[${index}].company "${targets[index]?.company}" is no company folder in the profiles directory.`, {
    hint: `prep list shows the companies; fix the id in ${name} or add the folder.`,
  });
}

/** A role the config lists for a company that has no such role: that company fails, naming where the role was asked for. */
export function missingConfigRole(loaded: LoadedConfig | undefined, company: string, query: string, roles: readonly { title: string }[]): ContentError {
  const index = loaded?.config.targets?.findIndex((t) => t.company === company && t.roles?.includes(query)) ?? -1;
  const where = loaded ? ` (${path.basename(loaded.filepath)} targets[${index}].roles)` : '';
  return new ContentError(`no role matching "${query}"${where}; its roles: ${roles.map((r) => r.title).join(', ') || 'none'}`);
}

/** The config's options for one company: its target entry's formats win over the top level. Paths become absolute. */
export function configLayer(loaded: LoadedConfig | undefined, company?: string): OptionLayer {
  if (!loaded) return {};
  const { config, filepath } = loaded;
  const dir = path.dirname(filepath);
  const entry = company === undefined ? undefined : config.targets?.find((t) => t.company === company);
  return {
    formats: entry?.formats ?? config.formats,
    out: config.out === undefined ? undefined : path.resolve(dir, config.out),
    candidate: config.candidate === undefined ? undefined : path.resolve(dir, config.candidate),
    paper: config.paper,
  };
}
