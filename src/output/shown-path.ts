import path from 'node:path';

/** Relative to the working directory when inside it, else absolute: what a user can paste. */
export function shownPath(file: string, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
