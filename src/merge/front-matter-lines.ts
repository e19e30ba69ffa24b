/**
 * How many lines a front matter block takes at the top of a file (fences
 * included; 0 when there is none). The parse stage blanks the block out of the
 * body; merge counts lines of the original file, so it skips the block itself.
 */
export function frontMatterLines(lines: readonly string[]): number {
  if (!/^\uFEFF?---[\w-]*\s*$/.test(lines[0] ?? '')) return 0;
  const end = lines.findIndex((line, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  return end === -1 ? 0 : end + 1;
}
