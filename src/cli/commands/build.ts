import path from 'node:path';
import { UsageError } from '../../errors.js';
import { visibleControls } from '../../visible-controls.js';
import type { Compiled } from '../../compile.js';
import type { Role } from '../../model/role.js';
import type { Candidate } from '../../candidate/types.js';
import type { Packet } from '../../model/packet.js';
import type { CompanySettings } from '../../model/settings.js';
import type { BuildOptions } from '../../batch/resolve-options.js';
import { builtAtFrom, type BuildFlags } from '../build-options.js';
import { type Context, info, warn } from '../context.js';
import { reportStageErrors } from '../stage-errors.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { prepVersion } from '../../version.js';
import { plural } from '../../plural.js';
import { shownPath } from '../../output/shown-path.js';
import { checkCommand } from '../../diagnostics/check-command.js';

/** `prep build <company> --role <r> [--candidate f]`: a tailored packet; `--all` hands over to the batch. */
export async function run(ctx: Context, id: string | undefined, opts: BuildFlags): Promise<number> {
  if (opts.all) {
    const { runBuildAll } = await import('../../batch/build-all-command.js');
    return runBuildAll(ctx, { ...opts, company: id });
  }
  if (opts.shard) throw new UsageError('--shard needs --all.', { hint: 'prep build --all --shard i/n builds one of n parts of every company × role.' });
  if (opts.force) throw new UsageError('--force needs --all.', { hint: 'A single build always writes its packet; --force makes build --all rebuild what is up to date.' });
  if (!id) {
    throw new UsageError('missing company.', { hint: 'Usage: prep build <company> --role <role>, or prep build --all for every company; prep list shows the companies.' });
  }
  // Before the company compiles, and named as typed, as build --all does.
  (await import('../../render/template-files.js')).checkTemplateDir(opts.template);
  const optionsWith = await resolveBuildOptions(ctx, id, opts);
  const builtAt = builtAtFrom(ctx.env);
  const compiled = await (await import('../../compile.js')).compile(ctx.profilesDir, id, { cwd: ctx.cwd });
  const { company } = compiled;
  const options = optionsWith(company.settings);
  const role = await roleOf(ctx, compiled, opts.role);
  const [{ tailor }, { Packet }] = await Promise.all([import('../../tailor/tailor.js'), import('../../model/packet.js')]);
  const candidate = options.candidate ? await readCandidate(ctx, options.candidate) : null;
  const packet = tailor(company, { role, candidate, builtAt, prepVersion: prepVersion() });
  // A packet that breaks its own schema is a bug, never something to write.
  Packet.parse(packet);
  await writeOutputs(ctx, packet, options, opts);
  // After the outputs, as show and list do: a usage error above stays the one line printed.
  if (reportStageErrors(ctx, [compiled]) === 0) return 0;
  // The packet is written from the documents that could be read, but a
  // half-read company must not pass for a whole one.
  const errors = countBySeverity(compiled.diagnostics).error;
  info(ctx, ctx.err.yellow(`${plural(errors, 'document error')} in ${company.id}; run \`${checkCommand(company.id, ctx.profilesDir, ctx.cwd)}\``));
  return 1;
}

/** The --candidate file, with a warning for what the user should fix in it. */
async function readCandidate(ctx: Context, file: string): Promise<Candidate> {
  const { loadCandidate, candidateWarnings } = await import('../../candidate/load-candidate.js');
  const candidate = await loadCandidate(file, ctx.cwd);
  for (const line of candidateWarnings(candidate)) warn(ctx, line);
  return candidate;
}

/**
 * The role asked for, or the company's only one (said on stderr, so a second
 * role added later is not a silent change). When there is none to pick, a
 * document that could not be read may be the one that names it: its error
 * lines come first, so the usage line is not all the user sees.
 */
async function roleOf(ctx: Context, compiled: Compiled, asked: string | undefined): Promise<Role> {
  const { company } = compiled;
  try {
    if (asked) return (await import('../../tailor/resolve-role.js')).resolveRole(company, asked);
    const [only, ...others] = company.roles;
    // With no role at all, no --role would help: say what the profile lacks instead.
    if (!only) throw new UsageError(`${company.name} lists no roles to build.`, { hint: `Add a role family or a role document to the ${company.id} profile.` });
    if (others.length > 0) throw new UsageError(`missing --role for ${company.name}.`, { hint: `Roles: ${company.roles.map((r) => r.title).join(', ')}.` });
    info(ctx, ctx.err.dim(visibleControls(`no --role given: building ${only.title}, the only role of ${company.name}`)));
    return only;
  } catch (error) {
    if (error instanceof UsageError && countBySeverity(compiled.diagnostics).error > 0) reportStageErrors(ctx, [compiled]);
    throw error;
  }
}

/**
 * Defaults < prep.config.{yaml,json} < the documents' front matter < CLI flags;
 * `--json` is `--format json` and, without `-o FILE`, `-o -`. Flags and config are checked before the
 * company loads; its front matter joins once it has.
 */
async function resolveBuildOptions(ctx: Context, id: string, opts: BuildFlags): Promise<(settings: CompanySettings) => BuildOptions> {
  const [{ loadConfig, configLayer, checkConfigCandidate }, { resolveOptions, settingsLayer, DEFAULT_OPTIONS }, { parseFormats }] = await Promise.all([
    import('../../batch/config.js'),
    import('../../batch/resolve-options.js'),
    import('../../output/formats.js'),
  ]);
  const loaded = await loadConfig(ctx.cwd);
  checkConfigCandidate(loaded, opts.candidate);
  const config = configLayer(loaded, id);
  const formats = opts.json ? ['json' as const] : opts.format !== undefined || opts.output !== undefined ? parseFormats(opts.format, opts.output) : undefined;
  const cli = { formats, out: opts.out, paper: opts.paper, candidate: opts.candidate };
  return (settings) => resolveOptions(DEFAULT_OPTIONS, config, settingsLayer(settings), cli);
}

async function writeOutputs(ctx: Context, packet: Packet, options: BuildOptions, opts: BuildFlags): Promise<void> {
  const { writePackets } = await import('../../render/write-packets.js');
  const inCwd = (file: string | undefined) => (file === undefined || file === '-' ? file : path.resolve(ctx.cwd, file));
  // `--json -o packet.json` (issue 3's own example) writes the JSON to that file; `--json` alone to stdout.
  const output = opts.output ?? (opts.json ? '-' : undefined);
  const { checkOutsideProfiles } = await import('../../output/outside-profiles.js');
  if (output === undefined) checkOutsideProfiles(options.out, ctx.profilesDir, ctx.cwd, opts.out === undefined ? 'the out dir' : '--out');
  else if (output !== '-') checkOutsideProfiles(output, ctx.profilesDir, ctx.cwd, '-o');
  const written = await writePackets(packet, {
    formats: options.formats,
    out: inCwd(options.out),
    output: inCwd(output),
    templateDir: inCwd(opts.template),
    paper: options.paper,
    stdout: ctx.stdout,
  });
  for (const { path: file } of written) if (file !== '-') ctx.stdout.write(`${shownPath(file, ctx.cwd)}\n`);
}
