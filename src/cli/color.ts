import { Chalk, supportsColorStderr, supportsColor, type ChalkInstance } from 'chalk';

export interface ColorOptions {
  color: boolean;
  stream: 'stdout' | 'stderr';
  env?: NodeJS.ProcessEnv;
  isTTY?: boolean;
}

/**
 * Colour only on a TTY, never with NO_COLOR (any non-empty value, per
 * no-color.org) or --no-color. Chalk's own detection ignores NO_COLOR.
 */
export function colorLevel(options: ColorOptions): 0 | 1 | 2 | 3 {
  const env = options.env ?? process.env;
  if (!options.color || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return 0;
  const tty = options.isTTY ?? Boolean(process[options.stream].isTTY);
  if (!tty) return 0;
  const detected = options.stream === 'stderr' ? supportsColorStderr : supportsColor;
  return detected ? detected.level : 1;
}

export function makeChalk(options: ColorOptions): ChalkInstance {
  return new Chalk({ level: colorLevel(options) });
}
