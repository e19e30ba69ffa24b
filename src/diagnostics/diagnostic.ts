import type { VFile } from 'vfile';
import { byCodeUnit } from '../code-unit-order.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A plain, JSON-serializable diagnostic. Stages report through vfile messages
 * (`file.message`, `file.info`, `file.fail`); `fromFile` turns those into this
 * shape for reporters. `file` is the path as the user would type it.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

export function fromFile(file: VFile): Diagnostic[] {
  return file.messages.map((m) => ({
    file: file.path,
    line: m.line ?? 1,
    column: m.column ?? 1,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    ruleId: m.ruleId ?? 'prep',
    message: m.reason,
  }));
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, then position, then severity, so output is deterministic. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      byCodeUnit(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      order[a.severity] - order[b.severity] ||
      byCodeUnit(a.ruleId, b.ruleId),
  );
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity] += 1;
  return counts;
}
