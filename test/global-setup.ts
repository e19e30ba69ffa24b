import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Points TMPDIR at one directory per test run and removes it afterwards, so the temporary
 * profiles, packets and browser profiles that tests (and the CLIs they spawn) make never pile
 * up in the machine's /tmp, whatever a test file forgets to clean.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prep-test-run-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
