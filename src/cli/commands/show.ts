import type { Context } from '../context.js';
import { reportStageErrors } from '../stage-errors.js';

/** `prep show <id>`: the compiled model, readable or as JSON. */
export async function run(ctx: Context, id: string, opts: { json?: boolean }): Promise<number> {
  const { compile } = await import('../../compile.js');
  const result = await compile(ctx.profilesDir, id, { cwd: ctx.cwd });
  if (opts.json) ctx.stdout.write(`${JSON.stringify(result.company, null, 2)}\n`);
  else {
    const [{ formatCompany }, { checkCommand }] = await Promise.all([import('../format-company.js'), import('../../diagnostics/check-command.js')]);
    ctx.stdout.write(formatCompany(result.company, ctx.out, checkCommand(id, ctx.profilesDir, ctx.cwd)));
  }
  return reportStageErrors(ctx, [result]);
}
