import { formatAnnotation, type GithubRoot } from '../diagnostics/reporters/github.js';
import type { BatchProgress } from './progress.js';

/**
 * Under GitHub Actions a failed target is also an `::error` workflow command,
 * so it shows where CI shows problems (on the file, in the run's annotations)
 * and not only as a log line. Added to what the progress prints, --quiet
 * included: a failure is never quiet.
 */
export function annotateFailures(progress: BatchProgress, write: (line: string) => void, root: GithubRoot): BatchProgress {
  return {
    start: (units) => progress.start(units),
    result(r) {
      progress.result(r);
      if (r.status !== 'failed') return;
      write(formatAnnotation({ severity: 'error', title: `prep build ${r.key}`, message: r.reason ?? 'unknown error', place: r.place }, root));
    },
    unitDone: (key) => progress.unitDone(key),
    finish: (summary) => progress.finish(summary),
    abort: () => progress.abort(),
  };
}

/** GitHub Actions sets GITHUB_ACTIONS=true in every step. */
export const underGithubActions = (env: NodeJS.ProcessEnv): boolean => env.GITHUB_ACTIONS === 'true';
