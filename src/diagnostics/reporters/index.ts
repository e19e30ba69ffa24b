import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import { reportGithub, type GithubRoot } from './github.js';
import { reportJson } from './json.js';
import { reportPretty } from './pretty.js';

/** The `--reporter` choices; program.ts lets no other name through. */
const REPORTERS = ['pretty', 'json', 'github'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** The one place a reporter is chosen: pretty (people), json and github (tools). */
export function formatDiagnostics(list: readonly Diagnostic[], reporter: ReporterName, chalk: ChalkInstance, root?: GithubRoot): string {
  switch (reporter) {
    case 'json':
      return reportJson(list);
    case 'github':
      return reportGithub(list, root);
    case 'pretty':
      return reportPretty(list, chalk);
  }
}

/** 1 when any error, or with --strict any warning; infos never fail. */
export function diagnosticsExitCode(list: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const n = countBySeverity(list);
  return n.error > 0 || (strict && n.warning > 0) ? 1 : 0;
}
