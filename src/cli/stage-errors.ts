import type { Compiled } from '../compile.js';
import { countBySeverity } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { type Context, info } from './context.js';

/**
 * show and list print errors (documents that could not be read) on stderr
 * and point at `prep check` for the rest. They exit 0 when a model came out,
 * 1 when errors left a company with no document at all.
 */
export function reportStageErrors(ctx: Context, results: readonly Compiled[]): number {
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error');
  ctx.stderr.write(formatDiagnostics(errors, 'pretty', ctx.err));
  const { warning } = countBySeverity(all);
  if (warning > 0) info(ctx, ctx.err.dim(`${warning} warning${warning === 1 ? '' : 's'}; run \`prep check\` to see them`));
  const empty = results.some((r) => r.company.sources.length === 0 && r.diagnostics.some((d) => d.severity === 'error'));
  return empty ? 1 : 0;
}
