import type { Company } from '../model/company.js';
import type { Context } from './context.js';

/**
 * The company model for one id, through the ingest pipeline (loaded lazily:
 * it brings unified and gray-matter). Unknown or invalid ids are usage errors
 * raised by the pipeline itself.
 */
export async function loadCompany(ctx: Context, id: string): Promise<{ company: Company; errors: number; warnings: number }> {
  const { compile } = await import('../compile.js');
  const { company, diagnostics } = await compile(ctx.profilesDir, id, { cwd: ctx.cwd });
  const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
  return { company, errors: count('error'), warnings: count('warning') };
}
