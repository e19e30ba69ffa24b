import type { ChalkInstance } from 'chalk';
import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import { visibleControls } from '../../visible-controls.js';

const paint: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s),
};

/**
 * `file:line:col severity message [rule-id]`, as compilers print them, so editors can jump to the place.
 * A document's control characters in its name or in the text a message quotes are shown escaped: this is a terminal.
 */
function formatDiagnostic(d: Diagnostic, c: ChalkInstance): string {
  const place = `${visibleControls(d.file)}:${d.line}:${d.column}`;
  return `${c.underline(place)} ${paint[d.severity](c, d.severity)} ${visibleControls(d.message)} ${c.dim(`[${visibleControls(d.ruleId)}]`)}`;
}

/** One line per diagnostic, sorted; the command prints its own summary after. */
export function reportPretty(list: readonly Diagnostic[], c: ChalkInstance): string {
  return sortDiagnostics(list)
    .map((d) => `${formatDiagnostic(d, c)}\n`)
    .join('');
}
