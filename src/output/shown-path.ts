import path from 'node:path';

/**
 * The one rule for a path a user sees (a message, a hint, a log line, the job
 * summary): relative to the working directory when inside it, else absolute,
 * so it can be pasted back. Paths inside a profile (`netflix/notes.md`, the
 * packet's sources) are relative to the profiles directory instead: that is
 * the model's JSON contract, the same wherever prep runs.
 */
export function shownPath(file: string, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
