import type { Compiled } from '../compile.js';
import { checkCommand } from '../diagnostics/check-command.js';
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/reporters/index.js';
import { plural } from '../plural.js';
import { type Context, info } from './context.js';

/** What `prep check` is for: remarks on content, not on documents that could not be read. */
const CONTENT_RULES = new Set(['placeholder', 'unmapped-line', 'conflicting-value', 'inferred-role', 'unknown-role']);

/**
 * show, list and build print the problems of documents they could not use
 * (errors and warnings of the read and parse stages, and of the build options
 * front matter asks for) on stderr, and point at
 * `prep check` for remarks on content. The model is printed whenever one
 * came out, but a document with errors still makes the exit code 1: CI must
 * not mistake a half-read company for a whole one.
 */
export function reportStageErrors(ctx: Context, results: readonly Compiled[], folders: readonly Diagnostic[] = []): number {
  const all = [...folders, ...results.flatMap((r) => r.diagnostics)];
  // --quiet: errors only.
  const documents = all.filter((d) => (ctx.quiet ? d.severity === 'error' : d.severity !== 'info') && !CONTENT_RULES.has(d.ruleId));
  ctx.stderr.write(formatDiagnostics(documents, 'pretty', ctx.err));
  const remarks = countBySeverity(all.filter((d) => CONTENT_RULES.has(d.ruleId))).warning;
  if (remarks > 0) {
    const check = checkCommand(results.length === 1 ? results[0]!.company.id : undefined, ctx.profilesDir, ctx.cwd);
    info(ctx, ctx.err.dim(`${plural(remarks, 'warning')} on content; run \`${check}\` to see them`));
  }
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}
