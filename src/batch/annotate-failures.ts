import { formatAnnotation, type GithubRoot } from '../diagnostics/reporters/github.js';
import type { TargetResult } from './run-batch.js';

/**
 * Under GitHub Actions a failed target is also an `::error` workflow command,
 * so it shows where CI shows problems (on the file, in the run's annotations)
 * and not only as a log line. The progress prints it after the failure's own
 * line, --quiet included: a failure is never quiet.
 */
export function failureAnnotation(root: GithubRoot): (r: TargetResult) => string {
  return (r) => formatAnnotation({ severity: 'error', title: `prep build ${r.key}`, message: withoutPlace(r), place: r.place }, root);
}

/** The annotation already sits at `file:line:col`; its message need not start with it too. */
function withoutPlace(r: TargetResult): string {
  const reason = r.reason ?? 'unknown error';
  const prefix = r.place ? `${r.place.file}:${r.place.line}:${r.place.column}: ` : undefined;
  return prefix !== undefined && reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
}

/** GitHub Actions sets GITHUB_ACTIONS=true in every step. */
export const underGithubActions = (env: NodeJS.ProcessEnv): boolean => env.GITHUB_ACTIONS === 'true';
