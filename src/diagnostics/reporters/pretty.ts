import type { ChalkInstance } from 'chalk';
import { countBySeverity, sortDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';

const paint: Record<Severity, (c: ChalkInstance, s: string) => string> = {
  error: (c, s) => c.red(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s),
};

/** `file:line:col severity message [rule-id]`, one line per diagnostic, as compilers print them. */
export function formatDiagnostic(d: Diagnostic, c: ChalkInstance): string {
  return `${d.file}:${d.line}:${d.column} ${paint[d.severity](c, d.severity)} ${d.message} ${c.dim(`[${d.ruleId}]`)}`;
}

/** Every diagnostic, sorted, then a count line; nothing at all when there are none. */
export function reportPretty(list: readonly Diagnostic[], c: ChalkInstance): string {
  if (list.length === 0) return '';
  const lines = sortDiagnostics(list).map((d) => formatDiagnostic(d, c));
  const n = countBySeverity(list);
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push('', `${plural(n.error, 'error')}, ${plural(n.warning, 'warning')}, ${plural(n.info, 'info')}`);
  return `${lines.join('\n')}\n`;
}
