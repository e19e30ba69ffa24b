import { createRequire } from 'node:module';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import type { Paper } from '../../render/page-css.js';
import { builtAtFrom, formatsOf, type BuildOptions } from '../build-options.js';
import { type Context, info } from '../context.js';
import { loadCompany } from '../load-company.js';

/** `prep build <company> --role <r> [--candidate f]`: a tailored packet. */
export async function run(ctx: Context, id: string | undefined, opts: BuildOptions): Promise<number> {
  if (opts.all) {
    const { runBuildAll } = await import('../../batch/build-all-command.js');
    return runBuildAll(ctx, { ...opts, company: id });
  }
  if (opts.shard) throw new UsageError('--shard needs --all.', { hint: 'prep build --all --shard i/n builds one of n parts of every company × role.' });
  if (!id) throw new UsageError('missing company.', { hint: 'Usage: prep build <company> --role <role>; prep list shows the companies.' });
  const formats = formatsOf(opts);
  const builtAt = builtAtFrom(ctx.env);
  const { company, errors } = await loadCompany(ctx, id);
  if (!opts.role) {
    throw new UsageError(`missing --role for ${company.name}.`, { hint: `Roles: ${company.roles.map((r) => r.title).join(', ') || 'none'}.` });
  }
  const [{ resolveRole }, { tailor }, { Packet }] = await Promise.all([
    import('../../tailor/resolve-role.js'),
    import('../../tailor/tailor.js'),
    import('../../model/packet.js'),
  ]);
  const role = resolveRole(company, opts.role);
  const candidate = opts.candidate ? await (await import('../../candidate/load-candidate.js')).loadCandidate(opts.candidate, ctx.cwd) : null;
  const packet = tailor(company, { role, candidate, builtAt, prepVersion: version() });
  // A packet that breaks its own schema is a bug, never something to write.
  Packet.parse(packet);
  const [{ writePackets }, { DEFAULT_OUT_DIR }] = await Promise.all([
    import('../../render/write-packets.js'),
    import('../../output/output-path.js'),
  ]);
  const inCwd = (file: string | undefined) => (file === undefined || file === '-' ? file : path.resolve(ctx.cwd, file));
  const written = await writePackets(packet, {
    formats,
    out: inCwd(opts.out ?? DEFAULT_OUT_DIR),
    output: opts.json ? '-' : inCwd(opts.output),
    templateDir: inCwd(opts.template),
    paper: opts.paper as Paper | undefined,
    stdout: ctx.stdout,
  });
  for (const { path: file } of written) {
    const relative = path.relative(ctx.cwd, file);
    if (file !== '-') ctx.stdout.write(`${relative.startsWith('..') || path.isAbsolute(relative) ? file : relative}\n`);
  }
  if (errors > 0) info(ctx, ctx.err.yellow(`${errors} document error${errors === 1 ? '' : 's'} in ${company.id}; run \`prep check ${company.id}\``));
  return 0;
}

function version(): string {
  return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
}
