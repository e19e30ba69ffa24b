import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { findBrowser, SYSTEM_BROWSERS } from '../../src/render/pdf/find-browser.js';
import { launchArgs } from '../../src/render/pdf/launch-args.js';
import { repoRoot } from '../helpers/cli.js';

const present = (...files: string[]) => (file: string) => files.includes(file);
const noBundled = async () => undefined;

describe('findBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH, then puppeteer’s download, then system paths', async () => {
    const exists = present('/opt/chrome', '/cache/chrome', '/usr/bin/chromium');
    const bundled = async () => '/cache/chrome';
    expect(await findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' }, exists, bundled })).toBe('/opt/chrome');
    expect(await findBrowser({ env: {}, exists, bundled })).toBe('/cache/chrome');
    expect(await findBrowser({ env: {}, exists, bundled: async () => '/cache/missing' })).toBe('/usr/bin/chromium');
  });

  it('says how to get a browser when there is none', async () => {
    const error = await findBrowser({ env: {}, exists: present(), bundled: noBundled }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).exitCode).toBe(1);
    expect((error as ContentError).message).toContain('no Chrome or Chromium found');
    expect((error as ContentError).hint).toContain('apt-get install chromium');
    expect((error as ContentError).hint).toContain('npx puppeteer browsers install chrome');
  });

  it('names a PUPPETEER_EXECUTABLE_PATH that does not exist rather than silently using another', async () => {
    const search = { env: { PUPPETEER_EXECUTABLE_PATH: '/nope/chrome' }, exists: present('/usr/bin/chromium'), bundled: noBundled };
    await expect(findBrowser(search)).rejects.toThrow('/nope/chrome');
  });
});

describe('launchArgs', () => {
  it('turns the sandbox off only for root', () => {
    expect(launchArgs(true)).toContain('--no-sandbox');
    expect(launchArgs(false)).not.toContain('--no-sandbox');
    expect(launchArgs(false)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-gpu']));
  });
});

describe('.puppeteerrc.cjs', () => {
  // It runs during `npm install`, before any build: it reads the same plain data file as findBrowser, no dist/.
  it('skips the download for the system browsers prep would use, read from the one list they share', () => {
    const config = readFileSync(path.join(repoRoot, '.puppeteerrc.cjs'), 'utf8');
    expect(config).toContain("require('./system-browsers.json')");
    expect(config).not.toMatch(/'\/usr\/bin\/|require\('[^']*dist\//);
    expect(SYSTEM_BROWSERS).toEqual(JSON.parse(readFileSync(path.join(repoRoot, 'system-browsers.json'), 'utf8')));
    expect(SYSTEM_BROWSERS).toContain('/usr/bin/chromium');
  });

  it('loads on its own, as npm install runs it, and skips the download when a listed browser exists', () => {
    const run = (env: NodeJS.ProcessEnv) =>
      execFileSync(process.execPath, ['-p', "JSON.stringify(require('./.puppeteerrc.cjs'))"], { cwd: repoRoot, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    // An explicit browser that exists is enough (this test file stands in for one).
    expect(JSON.parse(run({ PUPPETEER_EXECUTABLE_PATH: fileURLToPath(import.meta.url) }))).toEqual({ skipDownload: true });
  });

  it('is published with the data file it reads', () => {
    const files = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files).toEqual(expect.arrayContaining(['.puppeteerrc.cjs', 'system-browsers.json']));
  });
});
