import type { Compiled } from '../../compile.js';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { diagnosticsExitCode, formatDiagnostics, type ReporterName } from '../../diagnostics/reporters/index.js';
import { plural } from '../../plural.js';
import { info, type Context } from '../context.js';

/** `prep check [id]`: every diagnostic, then a summary; exit 1 on errors (warnings too with --strict). */
export async function run(ctx: Context, id: string | undefined, opts: { strict?: boolean; reporter?: ReporterName }): Promise<number> {
  const [{ compile }, { listCompanies, folderDiagnostics }] = await Promise.all([import('../../compile.js'), import('../../read/index.js')]);
  const reporter = opts.reporter ?? 'pretty';
  const ids = id === undefined ? listCompanies(ctx.profilesDir) : [id];
  const results: Compiled[] = [];
  for (const each of ids) results.push(await compile(ctx.profilesDir, each, { cwd: ctx.cwd }));
  // Checking every company also checks that every company folder is one.
  const folders = id === undefined ? folderDiagnostics(ctx.profilesDir, ctx.cwd) : [];
  const diagnostics = [...folders, ...results.flatMap((r) => r.diagnostics)];
  ctx.stdout.write(formatDiagnostics(diagnostics, reporter, ctx.out, { cwd: ctx.cwd, workspace: ctx.env.GITHUB_WORKSPACE }));
  // Tools parse stdout (json, github): the human summary goes to stderr for them.
  if (reporter === 'pretty') ctx.stdout.write(`${summary(results, diagnostics)}\n`);
  else info(ctx, summary(results, diagnostics));
  return diagnosticsExitCode(diagnostics, opts.strict === true);
}

function summary(results: readonly Compiled[], diagnostics: readonly Diagnostic[]): string {
  const sources = results.flatMap((r) => r.company.sources);
  const sum = (pick: (s: (typeof sources)[number]) => number): number => sources.reduce((n, s) => n + pick(s), 0);
  const content = sum((s) => s.contentLines);
  const share = content === 0 ? 100 : Math.floor((sum((s) => s.mappedLines) / content) * 1000) / 10;
  const gaps = results.reduce((n, r) => n + r.company.gaps.length, 0);
  const unmapped = results.reduce((n, r) => n + r.company.unmapped.length, 0);
  const counts = countBySeverity(diagnostics);
  const found = [
    plural(sources.length, 'document'),
    plural(sum((s) => s.facts), 'fact'),
    plural(gaps, 'gap'),
    plural(unmapped, 'unmapped line'),
    `${share}% of content lines mapped`,
  ].join(', ');
  const infos = counts.info > 0 ? `, ${plural(counts.info, 'info')}` : '';
  return `${found}; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${infos}`;
}
