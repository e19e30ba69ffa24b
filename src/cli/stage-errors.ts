import type { Compiled } from '../compile.js';
import { countBySeverity } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import { type Context, info } from './context.js';

/** What `prep check` is for: remarks on content, not on documents that could not be read. */
const CONTENT_RULES = new Set(['placeholder', 'unmapped-line', 'conflicting-value', 'inferred-role', 'unknown-role']);

/**
 * show and list print the problems of documents they could not use (errors
 * and warnings of the read and parse stages) on stderr, and point at
 * `prep check` for remarks on content. They exit 0 when a model came out,
 * 1 when errors left a company with no document at all.
 */
export function reportStageErrors(ctx: Context, results: readonly Compiled[]): number {
  const all = results.flatMap((r) => r.diagnostics);
  const documents = all.filter((d) => d.severity !== 'info' && !CONTENT_RULES.has(d.ruleId));
  ctx.stderr.write(formatDiagnostics(documents, 'pretty', ctx.err));
  const remarks = countBySeverity(all.filter((d) => CONTENT_RULES.has(d.ruleId))).warning;
  if (remarks > 0) {
    const target = results.length === 1 ? ` ${results[0]!.company.id}` : '';
    info(ctx, ctx.err.dim(`${remarks} warning${remarks === 1 ? '' : 's'} on content; run \`prep check${target}\` to see them`));
  }
  const empty = results.some((r) => r.company.sources.length === 0 && r.diagnostics.some((d) => d.severity === 'error'));
  return empty ? 1 : 0;
}
