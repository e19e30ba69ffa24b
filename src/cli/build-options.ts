import { UsageError } from '../errors.js';
import type { Paper } from '../model/outputs.js';

/** The flags of `prep build`, as commander hands them over (batch/resolve-options.ts' BuildOptions are what they resolve to). */
export interface BuildFlags {
  role?: string;
  candidate?: string;
  format?: string;
  json?: boolean;
  output?: string;
  out?: string;
  template?: string;
  /** Already checked: program.ts parses --paper into one of the sizes. */
  paper?: Paper;
  all?: boolean;
  shard?: string;
  force?: boolean;
}

/** The packet's date: SOURCE_DATE_EPOCH (seconds) when set, so builds are reproducible; else today (UTC). */
export function builtAtFrom(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (!epoch) return now().toISOString().slice(0, 10);
  // Beyond Date's range (year 275760) there is no date to print.
  if (!/^\d+$/.test(epoch) || Number(epoch) * 1000 > 8.64e15) {
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds, not "${epoch}".`, {
      hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it.',
    });
  }
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}
