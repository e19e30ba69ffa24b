import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../diagnostics/format.js';
import type { Company } from '../model/company.js';
import type { Context } from './context.js';

/**
 * The company model for one id, through the ingest pipeline (loaded lazily:
 * it brings unified and gray-matter). Unknown or invalid ids are usage errors
 * raised by the pipeline itself. Document errors are printed here, one line
 * each, so every command that builds from a company shows them the same way.
 */
export async function loadCompany(ctx: Context, id: string): Promise<{ company: Company; errors: number; warnings: number }> {
  const { compile } = await import('../compile.js');
  const { company, diagnostics } = await compile(ctx.profilesDir, id, { cwd: ctx.cwd });
  const counts = countBySeverity(diagnostics);
  printErrors(ctx, diagnostics);
  return { company, errors: counts.error, warnings: counts.warning };
}

function printErrors(ctx: Context, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) ctx.stderr.write(formatDiagnostics(errors, 'pretty', ctx.err));
}
