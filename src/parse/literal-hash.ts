/**
 * A line of a converted page (AsciiDoc, reStructuredText) that starts with
 * `#` is a paragraph there; written into markdown as it is, it would be a
 * heading. The `#` is escaped, so only the converter's own titles head sections.
 */
export const literalHash = (line: string): string => line.replace(/^(\s{0,3})(?=#{1,6}(?:\s|$))/, '$1\\');
