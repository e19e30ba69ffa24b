/**
 * Line endings and BOM folded away so every later stage sees LF text and
 * line N of the string is line N of the file (a CR alone also ends a line);
 * Latin ligatures (`ﬁ`, `ﬂ`) spelled out.
 */
export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Text copied out of a PDF keeps its typeset ligatures (`ﬁrmware`): spelled out, the words match and split again.
  return withoutBom.replace(/\r\n?/g, '\n').replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC'));
}

/** Number of lines as an editor counts them (a trailing newline does not open a new one). */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.endsWith('\n') ? lines - 1 : lines;
}
