import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Chalk } from 'chalk';
import type { Context } from '../../src/cli/context.js';

/** A stream that keeps what is written to it as `text`, and is no terminal. */
function capture(): PassThrough & { isTTY: false; text: string } {
  const stream = Object.assign(new PassThrough(), { isTTY: false as const, text: '' });
  stream.on('data', (chunk: Buffer) => (stream.text += chunk.toString()));
  return stream;
}

/** A Context for running a command in-process: no colour, profiles in `<cwd>/profiles`, stdout and stderr kept as text. */
export function fakeContext(cwd: string, options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}) {
  const chalk = new Chalk({ level: 0 });
  const stdout = capture();
  const stderr = capture();
  const ctx: Context = {
    cwd, env: options.env ?? {}, stdout, stderr, err: chalk, out: chalk,
    profilesDir: path.join(cwd, 'profiles'), profiles: 'profiles', color: false, quiet: options.quiet ?? false, debug: false,
  };
  return { ctx, stdout, stderr };
}
