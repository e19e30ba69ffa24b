import type { Company } from '../model/company.js';
import type { Context } from './context.js';

/** What build needs from the ingest pipeline (src/compile.ts). */
interface CompileModule {
  compile(profilesDir: string, id: string, options?: { cwd?: string }): Promise<{
    company: Company;
    diagnostics: readonly { severity: string }[];
  }>;
}

// A variable specifier keeps the type checker from requiring the module before ingest lands in the branch.
const COMPILE_MODULE = '../compile.js';

/**
 * The company model for one id, through the ingest pipeline. Unknown or
 * invalid ids are usage errors raised by the pipeline itself.
 */
export async function loadCompany(ctx: Context, id: string): Promise<{ company: Company; errors: number; warnings: number }> {
  const { compile } = (await import(COMPILE_MODULE)) as CompileModule;
  const { company, diagnostics } = await compile(ctx.profilesDir, id, { cwd: ctx.cwd });
  const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
  return { company, errors: count('error'), warnings: count('warning') };
}
