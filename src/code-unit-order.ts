/**
 * Code-unit order for sorting strings: unlike localeCompare, the same on every
 * machine and locale, so files, diagnostics and packets come out byte-identical.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
