import type { ChalkInstance } from 'chalk';
import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import { reportGithub } from './github.js';
import { reportJson } from './json.js';
import { reportPretty } from './pretty.js';

export const REPORTERS = ['pretty', 'json', 'github'] as const;
export type ReporterName = (typeof REPORTERS)[number];

/** Pretty unless asked: json and github are for tools, which ask. */
export function report(list: readonly Diagnostic[], name: ReporterName | undefined, chalk: ChalkInstance): string {
  switch (name ?? 'pretty') {
    case 'json':
      return reportJson(list);
    case 'github':
      return reportGithub(list);
    default:
      return reportPretty(list, chalk);
  }
}

/** 1 when any error, or with --strict any warning; infos never fail. */
export function diagnosticsExitCode(list: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const n = countBySeverity(list);
  return n.error > 0 || (strict && n.warning > 0) ? 1 : 0;
}
