import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from '../errors.js';
import { fsReason } from './fs-reason.js';
import { makeOutputDir } from './make-output-dir.js';
import { shownPath } from './shown-path.js';

const inFlight = new Set<Promise<void>>();
let finishing = false;

/**
 * Writes a whole file or nothing: the data goes to a temporary file in the
 * same directory, which is then renamed over the target. A crash or Ctrl-C
 * leaves the old file as it was (write-file-atomic removes its temporary file
 * on exit).
 */
export function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  if (finishing) return Promise.reject(new ContentError(`not writing ${shownPath(file)}: the build is stopping.`));
  const write = writeWhole(file, data);
  const done = () => void inFlight.delete(write);
  inFlight.add(write);
  write.then(done, done);
  return write;
}

/**
 * Refuses new writes and waits for those under way. A worker thread calls it
 * before it exits: its exit removes the temporary files it knows of, but a
 * file the thread pool is still creating would appear after that.
 */
export async function finishWrites(): Promise<void> {
  finishing = true;
  await Promise.allSettled([...inFlight]);
}

async function writeWhole(file: string, data: string | Buffer): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  await makeOutputDir(path.dirname(file));
  try {
    if (await isDeviceOrPipe(file)) await writeFile(file, data);
    else await writeFileAtomic(file, data);
  } catch (error) {
    throw new ContentError(`cannot write ${shownPath(file)}: ${fsReason(error)}`, {
      hint: 'Check that the directory is writable, or pass another path with -o or --out.',
      cause: error,
    });
  }
}

/**
 * `-o /dev/null`, `-o /dev/stdout` or a named pipe is written in place: a
 * rename over it would replace the device with a plain file (as root), or fail
 * to create the temporary file beside it. Nothing half-written can be left in
 * such a file, so atomicity has nothing to protect there.
 */
async function isDeviceOrPipe(file: string): Promise<boolean> {
  const stats = await stat(file).catch(() => undefined);
  return stats !== undefined && !stats.isFile() && !stats.isDirectory();
}
