import { existsSync } from 'node:fs';
import os from 'node:os';
import { builtAtFrom, type BuildFlags } from '../cli/build-options.js';
import { warn as warnOn, type Context } from '../cli/context.js';
import { UsageError } from '../errors.js';
import { buildBatch } from './build-batch.js';
import { checkConfigCandidate, configLayer, loadConfig } from './config.js';
import { DEFAULT_OPTIONS, resolveOptions, type BuildOptions } from './resolve-options.js';
import { parseFormats } from '../output/formats.js';
import { checkTemplateDir } from '../render/template-files.js';
import type { Pipeline } from './pipeline.js';
import { createProgress } from './progress.js';
import { failureAnnotation, underGithubActions } from './annotate-failures.js';
import { batchExitCode } from './run-batch.js';
import { parseShard } from './shard.js';
import type { RoleRef } from './targets.js';
import { appendStepSummary } from './step-summary.js';
import { prepVersion } from '../version.js';
import { onInterrupt } from '../interrupt.js';
import { shownPath } from '../output/shown-path.js';
import { checkOutsideProfiles } from '../output/outside-profiles.js';

/** The `prep build` flags as a batch gets them, with the positional company, which --all does not take. */
export interface BuildAllFlags extends Omit<BuildFlags, 'all'> {
  company?: string | undefined;
}

/**
 * `prep build --all`: checks the flags, reads the config, builds through the
 * pipeline with progress on stderr, appends the GitHub step summary, and
 * returns the exit code (1 when any target failed).
 */
export async function runBuildAll(ctx: Context, flags: BuildAllFlags, given?: Pipeline<unknown>): Promise<number> {
  const { shard, config, formats } = await checkBatch(ctx, flags, given === undefined);
  const warn = (message: string): void => warnOn(ctx, message);
  await warnAboutProfiles(ctx, warn);
  const pipeline = given ?? (await defaultPipeline(ctx, formats?.includes('pdf') === true));
  const annotate = underGithubActions(ctx.env) ? failureAnnotation({ cwd: ctx.cwd, workspace: ctx.env.GITHUB_WORKSPACE }) : undefined;
  const progress = createProgress({ stream: ctx.stderr, chalk: ctx.err, quiet: ctx.quiet, cwd: ctx.cwd, debug: ctx.debug, annotate });
  const forgetInterrupt = onInterrupt(async () => progress.abort());
  const seenRoles: RoleRef[] = [];
  const summary = await buildBatch(pipeline, {
    cwd: ctx.cwd,
    roleQuery: flags.role,
    shard,
    force: flags.force === true,
    cli: { formats, out: flags.out, paper: flags.paper, candidate: flags.candidate },
    templateDir: flags.template,
    config,
    prepVersion: prepVersion(),
    packetDate: ctx.env.SOURCE_DATE_EPOCH?.trim() ? builtAtFrom(ctx.env) : null,
    warn,
    progress,
    onRoleMissing: (roles) => seenRoles.push(...roles),
  }).finally(forgetInterrupt);
  progress.finish(summary);
  const title = shard === undefined ? 'prep build' : `prep build, shard ${shard.index}/${shard.count}`;
  await appendStepSummary(ctx.env, summary, { warn, cwd: ctx.cwd, title });
  const whole = shard === undefined || shard.count === 1;
  if (flags.role !== undefined && whole && summary.built + summary.upToDate + summary.failed === 0 && summary.skipped > 0) {
    // Skipping the companies without the role is the point of --role; no company with it is a typo.
    // Not for one shard of several: its companies lacking the role says nothing about the other shards'.
    throw await noCompanyHasRole(flags.role, seenRoles);
  }
  return batchExitCode(summary);
}

/** Everything that would stop the batch or fail every target alike, checked before it starts. */
async function checkBatch(ctx: Context, flags: BuildAllFlags, realBrowser: boolean) {
  checkFlags(flags);
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  // A wrong --template is one usage error, not the same failure once per target; a candidate is read once below.
  if (flags.template !== undefined) checkTemplateDir(flags.template);
  const config = await loadConfig(ctx.cwd);
  checkConfigCandidate(config, flags.candidate);
  const formats = flags.format === undefined ? undefined : parseFormats(flags.format);
  const options = resolveOptions(DEFAULT_OPTIONS, configLayer(config), {}, { formats, out: flags.out, candidate: flags.candidate });
  checkOutsideProfiles(options.out, ctx.profilesDir, ctx.cwd, flags.out === undefined ? 'the out dir' : '--out');
  await checkOnce(ctx, flags, options, realBrowser);
  return { shard, config, formats };
}

function checkFlags(flags: BuildAllFlags): void {
  if (flags.company !== undefined) {
    throw new UsageError(`unexpected company "${flags.company}" with --all, which builds every company.`, {
      hint: `Drop --all to build ${flags.company} only, or list companies under targets in prep.config.yaml.`,
    });
  }
  if (flags.output !== undefined || flags.json) {
    throw new UsageError('unexpected -o/--json with --all: a batch writes one file per packet.', {
      hint: 'Drop -o/--json and use --out <dir> (and --format json for JSON packets).',
    });
  }
}

/**
 * What would fail every target the same way is one error before the batch:
 * a typo in a --template override, a candidate file that cannot be read (or
 * one read as Windows-1252 or with no evidence, said once), no browser for the PDFs. For the
 * batch's formats; one that a company's front matter adds is checked as it builds.
 */
async function checkOnce(ctx: Context, flags: BuildAllFlags, options: BuildOptions, realBrowser: boolean): Promise<void> {
  const { formats, candidate } = options;
  if (flags.template !== undefined) await (await import('../render/check-overrides.js')).checkOverrides(flags.template, formats);
  if (candidate !== undefined) {
    const { loadCandidate, candidateWarnings } = await import('../candidate/load-candidate.js');
    for (const line of candidateWarnings(await loadCandidate(candidate, ctx.cwd))) warnOn(ctx, line);
  }
  if (formats.includes('pdf') && realBrowser) await (await import('../render/pdf/find-browser.js')).findBrowser();
}

/**
 * Said once, up front: a folder every build passes over for its name, and a
 * profiles directory with no company (a wrong path in CI would otherwise pass
 * as "built 0"). A missing profiles directory is the listing's to report.
 */
async function warnAboutProfiles(ctx: Context, warn: (message: string) => void): Promise<void> {
  if (!existsSync(ctx.profilesDir)) return;
  const { folderDiagnostics, listCompanies } = await import('../read/index.js');
  for (const d of folderDiagnostics(ctx.profilesDir, ctx.cwd)) warn(`${d.file}: ${d.message}`);
  if (listCompanies(ctx.profilesDir).length > 0) return;
  const shown = shownPath(ctx.profilesDir, ctx.cwd);
  warn(`no companies in ${shown}: nothing to build; point --profiles (or PREP_PROFILES) at a folder with one sub-folder per company`);
}

async function defaultPipeline(ctx: Context, launchPdf: boolean): Promise<Pipeline<unknown>> {
  const cpus = os.availableParallelism();
  const settings = { profilesDir: ctx.profilesDir, cwd: ctx.cwd, env: ctx.env, prepVersion: prepVersion(), pages: cpus, launchPdf };
  const { companyWorkersAvailable } = await import('./company-workers.js');
  if (cpus > 1 && companyWorkersAvailable()) {
    const { createThreadedPipeline } = await import('./threaded-pipeline.js');
    // Printing keeps Chrome busy on a CPU of its own: one worker fewer then.
    return (await createThreadedPipeline({ ...settings, workers: launchPdf ? cpus - 1 : cpus })) as Pipeline<unknown>;
  }
  const { createPipeline } = await import('./default-pipeline.js');
  return (await createPipeline({ ...settings, stdout: ctx.stdout })) as Pipeline<unknown>;
}

/** `--role` that no company has: a did-you-mean from every company's titles, as a single build gives from one's. */
async function noCompanyHasRole(query: string, roles: readonly RoleRef[]): Promise<UsageError> {
  const { closestRole } = await import('../tailor/resolve-role.js');
  const close = closestRole(roles.map((role) => ({ ...role, aliases: [] })), query);
  const didYouMean = close ? ` Did you mean "${close.title}"?` : '';
  return new UsageError(`no company has a role matching "${query}".${didYouMean}`, { hint: 'prep list shows every company with its roles.' });
}
