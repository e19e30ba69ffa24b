import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { visibleControls } from '../visible-controls.js';
import { makeChalk } from './color.js';

/** Global options, shared by every command. */
export interface GlobalOptions {
  profiles: string;
  color: boolean;
  quiet: boolean;
  debug: boolean;
}

/** What a command needs from the outside world; tests can build their own. */
export interface Context extends GlobalOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Colours for stderr (diagnostics, progress) and stdout (human output). */
  err: ChalkInstance;
  out: ChalkInstance;
  /** Absolute path of the profiles directory. */
  profilesDir: string;
}

export function makeContext(options: GlobalOptions): Context {
  const cwd = process.cwd();
  return {
    ...options,
    cwd,
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    err: makeChalk({ color: options.color, stream: 'stderr' }),
    out: makeChalk({ color: options.color, stream: 'stdout' }),
    // An empty PREP_PROFILES (or --profiles '') means the default, not the working directory.
    profilesDir: path.resolve(cwd, options.profiles || './profiles'),
  };
}

/** Informational line on stderr, silenced by --quiet. */
export function info(ctx: Context, line: string): void {
  if (!ctx.quiet) ctx.stderr.write(`${line}\n`);
}

/** A warning on stderr, silenced by --quiet like any note; a quoted name's control characters shown escaped. */
export function warn(ctx: Context, message: string): void {
  info(ctx, `${ctx.err.yellow('warning')} ${visibleControls(message)}`);
}
