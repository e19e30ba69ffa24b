import type { ChalkInstance } from 'chalk';
import { UsageError } from '../../errors.js';
import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import { reportGithub } from './github.js';
import { reportJson } from './json.js';
import { reportPretty } from './pretty.js';

export const REPORTERS = ['pretty', 'json', 'github'] as const;
export type ReporterName = (typeof REPORTERS)[number];

const isReporter = (name: string): name is ReporterName => (REPORTERS as readonly string[]).includes(name);

/** The one place a reporter is chosen: pretty (people), json and github (tools). */
export function formatDiagnostics(list: readonly Diagnostic[], reporter: string, chalk: ChalkInstance): string {
  if (!isReporter(reporter)) {
    throw new UsageError(`Unexpected reporter \`${reporter}\`, expected one of ${REPORTERS.map((r) => `\`${r}\``).join(', ')}`, {
      hint: 'Use --reporter pretty, json or github',
    });
  }
  switch (reporter) {
    case 'json':
      return reportJson(list);
    case 'github':
      return reportGithub(list);
    case 'pretty':
      return reportPretty(list, chalk);
  }
}

/** 1 when any error, or with --strict any warning; infos never fail. */
export function diagnosticsExitCode(list: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const n = countBySeverity(list);
  return n.error > 0 || (strict && n.warning > 0) ? 1 : 0;
}
