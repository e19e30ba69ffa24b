import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { ContentError } from '../../errors.js';
import { findBrowser } from './find-browser.js';
import { onInterrupt } from '../../interrupt.js';
import { launchArgs } from './launch-args.js';

export interface LaunchedBrowser {
  browser: Browser;
  /** The throwaway profile directory, removed by disposeBrowser. */
  userDataDir: string;
}

/**
 * Ends whatever is left of Chrome's process group. puppeteer starts Chrome as
 * the leader of a group of its own (detached, off Windows); `close()` waits
 * for the leader only, and its helpers (zygote, renderers) can outlive it for
 * a moment, still holding the profile directory.
 */
function killGroup(pid: number | undefined): void {
  if (pid === undefined || process.platform === 'win32') return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** Closes the browser (killing it if it will not close), then every process it started, and removes its profile. */
export async function disposeBrowser({ browser, userDataDir }: LaunchedBrowser): Promise<void> {
  const pid = browser.process()?.pid;
  try {
    await browser.close();
  } catch {
    browser.process()?.kill('SIGKILL');
  }
  killGroup(pid);
  await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
}

async function start(executablePath: string | undefined): Promise<LaunchedBrowser> {
  const resolvedPath = executablePath ?? (await findBrowser());
  const { default: puppeteer } = await import('puppeteer');
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'prep-chrome-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: resolvedPath,
      headless: true,
      userDataDir,
      args: launchArgs(process.getuid?.() === 0),
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return { browser, userDataDir };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw launchError(error, resolvedPath);
  }
}

/**
 * puppeteer's "Failed to launch the browser process" is many lines, Chrome's
 * own stderr among them. The user gets one: which browser, the first thing
 * Chrome said, and what usually fixes it (a sandbox the system forbids).
 */
function launchError(error: unknown, executablePath: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (!message.startsWith('Failed to launch the browser process')) return error;
  const said = message.split('\n').map((line) => line.trim()).find((line) => line && !/^(Failed to launch|Code:|stderr:|TROUBLESHOOTING)/.test(line));
  return new ContentError(`the browser at ${executablePath} failed to start${said ? `: ${said}` : ''}.`, {
    hint: `Check that \`${executablePath} --version\` runs; for "No usable sandbox" see the README's Requirements; or point PUPPETEER_EXECUTABLE_PATH at another Chrome.`,
    cause: error,
  });
}

/**
 * Starts Chrome with a throwaway profile and hands it to `adopt`. Ctrl-C is
 * watched from before the launch: Chrome's processes are already running
 * while puppeteer waits for them, so an interrupt then waits for the launch
 * to settle and closes whatever it produced. `adopt` runs before this watch
 * ends, so that it can register its own without a gap.
 */
export async function launchBrowser<T>(executablePath: string | undefined, adopt: (launched: LaunchedBrowser) => T): Promise<T> {
  let interrupted = false;
  let attempt: Promise<LaunchedBrowser> | undefined;
  const forget = onInterrupt(async () => {
    interrupted = true;
    const launched = await attempt?.catch(() => undefined);
    if (launched) await disposeBrowser(launched);
  });
  try {
    attempt = start(executablePath);
    const launched = await attempt;
    // The interrupt is closing this browser and will exit: hand out nothing.
    if (interrupted) return await new Promise<never>(() => undefined);
    return adopt(launched);
  } finally {
    forget();
  }
}
