import { createRequire } from 'node:module';
import path from 'node:path';
import type { Paper } from '../../batch/config-schema.js';
import { UsageError } from '../../errors.js';
import { builtAtFrom, formatsOf, type BuildOptions } from '../build-options.js';
import { type Context, info } from '../context.js';
import { loadCompany } from '../load-company.js';
import { writeOutput } from '../write-output.js';

/** `prep build <company> --role <r> [--candidate f]`: a tailored packet. */
export async function run(ctx: Context, id: string | undefined, opts: BuildOptions): Promise<number> {
  if (opts.all) {
    const { runBuildAll } = await import('../../batch/build-all-command.js');
    return runBuildAll(ctx, { ...opts, company: id, paper: opts.paper as Paper | undefined });
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
  const target = opts.json ? '-' : (opts.output ?? path.join(opts.out ?? 'packets', `${company.id}-${role.slug}.${formats[0]}`));
  const written = await writeOutput(ctx, target, `${JSON.stringify(packet, null, 2)}\n`);
  if (written !== '-') ctx.stdout.write(`${written}\n`);
  if (errors > 0) info(ctx, ctx.err.yellow(`${errors} document error${errors === 1 ? '' : 's'} in ${company.id}; run \`prep check ${company.id}\``));
  return 0;
}

function version(): string {
  return (createRequire(import.meta.url)('../../../package.json') as { version: string }).version;
}
