import { Chalk } from 'chalk';
import { visibleControls } from '../visible-controls.js';
import { BUG_HINT, isPrepError } from '../errors.js';

/**
 * The one place that turns an error into output and an exit code.
 * A user's mistake is one line plus a hint; a bug is one line plus a request
 * to re-run with --debug; --debug adds the stack either way. A file name or
 * text quoted from a document keeps its control characters visible, never acted on.
 */
export function reportError(error: unknown, options: { debug: boolean; color: boolean }): 1 | 2 {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const stderr = process.stderr;
  if (isPrepError(error)) {
    const hint = error.hint ? ` ${chalk.dim(sentence(visibleControls(error.hint)))}` : '';
    stderr.write(`${chalk.red('prep:')} ${sentence(visibleControls(error.message))}${hint}\n`);
    if (options.debug && error.stack) stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = visibleControls(error instanceof Error ? error.message : String(error));
  stderr.write(
    `${chalk.red('prep: internal error:')} ${message} ${chalk.dim(sentence(capitalize(BUG_HINT)))}\n`,
  );
  if (options.debug && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 1;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// Messages come from many stages, some ending in a full stop and some not; the
// printed line always reads as "what is wrong. What to do."
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
