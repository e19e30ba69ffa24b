import { sortDiagnostics, type Diagnostic } from '../diagnostic.js';

/** A JSON array of every diagnostic, in a stable key order, for tools (`jq '.[] | select(.severity=="error")'`). */
export function reportJson(list: readonly Diagnostic[]): string {
  const rows = sortDiagnostics(list).map(({ file, line, column, severity, ruleId, message }) => ({
    file,
    line,
    column,
    severity,
    ruleId,
    message,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
