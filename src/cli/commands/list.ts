import type { Context } from '../context.js';
import { reportStageErrors } from '../stage-errors.js';
import { shownPath } from '../../output/shown-path.js';

/** `prep list`: every company and the roles its profile knows. */
export async function run(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const [{ compile }, { listCompanies, folderDiagnostics }] = await Promise.all([import('../../compile.js'), import('../../read/index.js')]);
  const results = [];
  for (const id of listCompanies(ctx.profilesDir)) results.push(await compile(ctx.profilesDir, id, { cwd: ctx.cwd }));
  const rows = results.map(({ company }) => ({ id: company.id, name: company.name, roles: company.roles.map((r) => r.title) }));
  if (opts.json) ctx.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else {
    for (const row of rows) {
      ctx.stdout.write(`${ctx.out.bold(row.id)}  ${row.name}\n`);
      for (const role of row.roles) ctx.stdout.write(`  ${role}\n`);
    }
    if (rows.length === 0) ctx.stdout.write(`no companies in ${shownPath(ctx.profilesDir, ctx.cwd)}\n`);
  }
  return reportStageErrors(ctx, results, folderDiagnostics(ctx.profilesDir, ctx.cwd));
}
