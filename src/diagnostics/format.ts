import type { ChalkInstance } from 'chalk';
import { UsageError } from '../errors.js';
import type { Diagnostic } from './diagnostic.js';
import { REPORTERS, report, type ReporterName } from './reporters/index.js';

export type Reporter = ReporterName;

export function isReporter(name: string): name is Reporter {
  return (REPORTERS as readonly string[]).includes(name);
}

/** The one place a reporter is chosen: pretty (people), json and github (tools). */
export function formatDiagnostics(list: readonly Diagnostic[], reporter: string, chalk: ChalkInstance): string {
  if (!isReporter(reporter)) {
    throw new UsageError(`Unexpected reporter \`${reporter}\`, expected one of ${REPORTERS.map((r) => `\`${r}\``).join(', ')}`, {
      hint: 'Use --reporter pretty, json or github',
    });
  }
  return report(list, reporter, chalk);
}
