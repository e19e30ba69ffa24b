/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds where a string is written in a text, searching from `from` first so
 * that repeated strings resolve to successive places. Returns an offset or -1.
 */
export function findString(text: string, needle: string, from = 0): number {
  if (needle === '') return -1;
  const after = text.indexOf(needle, from);
  return after >= 0 ? after : text.indexOf(needle);
}
