import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configLayer, loadConfig } from '../../src/batch/config.js';
import { DEFAULT_OPTIONS, resolveOptions, type BuildOptions, type OptionLayer } from '../../src/batch/resolve-options.js';
import { UsageError } from '../../src/errors.js';
import { useTempDirs } from './temp-dir.js';

const tempDir = useTempDirs();

async function configIn(name: string, text: string): Promise<string> {
  const dir = await tempDir();
  await writeFile(path.join(dir, name), text);
  return dir;
}

async function usageError(promise: Promise<unknown>): Promise<UsageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return error as UsageError;
}

describe('loadConfig', () => {
  it('finds nothing in an empty directory', async () => {
    expect(await loadConfig(await tempDir())).toBeUndefined();
  });

  it('reads YAML, with paths relative to the config file', async () => {
    const dir = await configIn(
      'prep.config.yaml',
      'out: dist\ncandidate: me.md\nformats: [md, pdf]\npaper: letter\ntargets:\n  - company: acme\n    roles: [mle]\n    formats: [json]\n',
    );
    const loaded = await loadConfig(dir);
    expect(loaded?.config.targets?.[0]).toEqual({ company: 'acme', roles: ['mle'], formats: ['json'] });
    expect(configLayer(loaded, 'other')).toEqual({
      formats: ['md', 'pdf'],
      out: path.join(dir, 'dist'),
      candidate: path.join(dir, 'me.md'),
      paper: 'letter',
    });
    expect(configLayer(loaded, 'acme').formats).toEqual(['json']);
  });

  it('reads .yml and .json too', async () => {
    expect((await loadConfig(await configIn('prep.config.yml', 'paper: a4\n')))?.config).toEqual({ paper: 'a4' });
    expect((await loadConfig(await configIn('prep.config.json', '{"out":"x"}')))?.config).toEqual({ out: 'x' });
  });

  it('names an unknown key and the file (exit 2)', async () => {
    const error = await usageError(loadConfig(await configIn('prep.config.yaml', 'out: dist\nfromats: [md]\n')));
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('prep.config.yaml');
    expect(error.message).toContain('"fromats"');
  });

  it('names a nested unknown key with its path', async () => {
    const error = await usageError(loadConfig(await configIn('prep.config.json', '{"targets":[{"company":"a","role":"x"}]}')));
    expect(error.message).toContain('"targets[0].role"');
  });

  it('names a key with a wrong type', async () => {
    const error = await usageError(loadConfig(await configIn('prep.config.yaml', 'formats: md\n')));
    expect(error.message).toMatch(/prep\.config\.yaml: invalid value for key "formats"/);
    const paper = await usageError(loadConfig(await configIn('prep.config.yaml', 'paper: a3\n')));
    expect(paper.message).toContain('"paper"');
  });

  it('turns a syntax error into a usage error, not a crash', async () => {
    const error = await usageError(loadConfig(await configIn('prep.config.json', '{"out": ')));
    expect(error.message).toContain('config');
    await usageError(loadConfig(await configIn('prep.config.yaml', 'out: [unclosed\n')));
  });

  it('says where a JSON syntax error is, as line and column, as it does for YAML', async () => {
    const json = await usageError(loadConfig(await configIn('prep.config.json', '{\n  "out": "x",\n}\n')));
    expect(json.message).toMatch(/^prep\.config\.json:3:1: cannot parse the config file: /);
    expect(json.message).not.toMatch(/position/);
    const yaml = await usageError(loadConfig(await configIn('prep.config.yaml', 'out: x\nformats: [md\n')));
    expect(yaml.message).toMatch(/^prep\.config\.yaml:\d+:\d+: cannot parse the config file: /);
  });

  it('does not look in parent directories', async () => {
    const parent = await configIn('prep.config.yaml', 'out: up\n');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(parent, 'child'));
    expect(await loadConfig(path.join(parent, 'child'))).toBeUndefined();
  });
});

describe('resolveOptions: defaults < config < front matter < CLI', () => {
  const config: OptionLayer = { formats: ['pdf'], out: 'from-config', paper: 'letter' };
  const frontMatter: OptionLayer = { paper: 'a4', candidate: 'fm.md' };
  const cli: OptionLayer = { out: 'from-cli', formats: undefined };

  const cases: [string, OptionLayer, OptionLayer, OptionLayer, BuildOptions][] = [
    ['defaults only', {}, {}, {}, DEFAULT_OPTIONS],
    ['config over defaults', config, {}, {}, { ...DEFAULT_OPTIONS, formats: ['pdf'], out: 'from-config', paper: 'letter' }],
    ['front matter over config', config, frontMatter, {}, { formats: ['pdf'], out: 'from-config', paper: 'a4', candidate: 'fm.md' }],
    ['CLI over everything; undefined defers', config, frontMatter, cli, { formats: ['pdf'], out: 'from-cli', paper: 'a4', candidate: 'fm.md' }],
    ['CLI over defaults alone', {}, {}, { formats: ['md', 'html'] }, { ...DEFAULT_OPTIONS, formats: ['md', 'html'] }],
  ];
  it.each(cases)('%s', (_name, c, f, l, expected) => {
    expect(resolveOptions(DEFAULT_OPTIONS, c, f, l)).toEqual(expected);
  });

  it('does not mutate its inputs', () => {
    const defaults = { ...DEFAULT_OPTIONS };
    resolveOptions(defaults, config, frontMatter, cli);
    expect(defaults).toEqual(DEFAULT_OPTIONS);
  });
});
