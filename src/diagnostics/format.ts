import type { ChalkInstance } from 'chalk';
import { UsageError } from '../errors.js';
import type { Diagnostic, Severity } from './diagnostic.js';

/** `file:line:col severity message [rule-id]`, one line per diagnostic. */
export function formatPretty(list: readonly Diagnostic[], chalk: ChalkInstance): string {
  const paint: Record<Severity, (text: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  return list
    .map((d) => `${chalk.underline(`${d.file}:${d.line}:${d.column}`)} ${paint[d.severity](d.severity)} ${d.message} ${chalk.dim(`[${d.ruleId}]`)}\n`)
    .join('');
}

export type Reporter = 'pretty';

/** The one place a reporter is chosen; new formats are one more entry. */
export function formatDiagnostics(list: readonly Diagnostic[], reporter: string, chalk: ChalkInstance): string {
  const reporters: Record<Reporter, () => string> = { pretty: () => formatPretty(list, chalk) };
  const format = reporters[reporter as Reporter] as (() => string) | undefined;
  if (!format) {
    throw new UsageError(`Unexpected reporter \`${reporter}\`, expected one of ${Object.keys(reporters).map((r) => `\`${r}\``).join(', ')}`, {
      hint: 'Use --reporter pretty; other reporters are not available yet',
    });
  }
  return format();
}
