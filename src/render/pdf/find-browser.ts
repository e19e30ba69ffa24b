import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ContentError } from '../../errors.js';

/**
 * Where Chrome or Chromium usually lives when a package manager or installer
 * put it there: system-browsers.json at the package root (the same from src/
 * and dist/), which .puppeteerrc.cjs reads at install time, before any build.
 */
export const SYSTEM_BROWSERS = createRequire(import.meta.url)('../../../system-browsers.json') as readonly string[];

export interface BrowserSearch {
  env?: NodeJS.ProcessEnv;
  exists?: (file: string) => boolean;
  /** The browser puppeteer downloaded, if any (puppeteer.executablePath()). */
  bundled?: () => Promise<string | undefined>;
  systemPaths?: readonly string[];
}

async function puppeteerBrowser(): Promise<string | undefined> {
  try {
    const { default: puppeteer } = await import('puppeteer');
    return puppeteer.executablePath();
  } catch {
    // No download and no configuration: not an error, just not this source.
    return undefined;
  }
}

/**
 * Finds a browser for PDF output: PUPPETEER_EXECUTABLE_PATH, then puppeteer's
 * own download, then the usual system paths. None is a content error with
 * the two ways to get one, never a stack trace.
 */
export async function findBrowser(search: BrowserSearch = {}): Promise<string> {
  const env = search.env ?? process.env;
  const exists = search.exists ?? existsSync;
  const explicit = env.PUPPETEER_EXECUTABLE_PATH;
  if (explicit) {
    if (exists(explicit)) return explicit;
    throw new ContentError(`PUPPETEER_EXECUTABLE_PATH is ${explicit}, which does not exist`, {
      hint: 'Point it at a Chrome or Chromium executable, or unset it to use the one prep finds.',
    });
  }
  const bundled = await (search.bundled ?? puppeteerBrowser)();
  if (bundled && exists(bundled)) return bundled;
  const system = (search.systemPaths ?? SYSTEM_BROWSERS).find((file) => exists(file));
  if (system) return system;
  throw new ContentError('no Chrome or Chromium found for PDF output', {
    hint:
      'Install one (Debian/Ubuntu: `sudo apt-get install chromium`; anywhere: `npx puppeteer browsers install chrome`), ' +
      'or set PUPPETEER_EXECUTABLE_PATH; md, html and json need no browser.',
  });
}
