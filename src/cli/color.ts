import { Chalk, supportsColorStderr, supportsColor, type ChalkInstance } from 'chalk';

export interface ColorOptions {
  color: boolean;
  stream: 'stdout' | 'stderr';
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
}

type Level = 0 | 1 | 2 | 3;

/**
 * Colour on a TTY, or wherever FORCE_COLOR asks for it (a CI log that shows
 * colour; force-color.org); never with --no-color or NO_COLOR (any non-empty
 * value, per no-color.org). Chalk's own detection ignores NO_COLOR.
 */
export function colorLevel(options: ColorOptions): Level {
  const env = options.env ?? process.env;
  if (!options.color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const forced = forcedLevel(env.FORCE_COLOR);
  if (forced !== undefined) return forced;
  const tty = options.isTTY ?? Boolean(process[options.stream].isTTY);
  if (!tty) return 0;
  const detected = options.stream === 'stderr' ? supportsColorStderr : supportsColor;
  return detected ? detected.level : 1;
}

/** FORCE_COLOR as supports-color reads it: `0`/`false` off, `1`–`3` that level, anything else 1; empty means unset. */
function forcedLevel(value: string | undefined): Level | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'false') return 0;
  if (/^\d+$/.test(value)) return Math.min(Number(value), 3) as Level;
  return 1;
}

export function makeChalk(options: ColorOptions): ChalkInstance {
  return new Chalk({ level: colorLevel(options) });
}
