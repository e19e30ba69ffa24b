import type { BuildAllFlags } from '../../batch/build-all-command.js';
import type { Context } from '../context.js';

export async function run(ctx: Context, company: string | undefined, opts: BuildAllFlags & { all?: boolean }): Promise<number> {
  if (opts.all) {
    const { runBuildAll } = await import('../../batch/build-all-command.js');
    return runBuildAll(ctx, { ...opts, company });
  }
  ctx.stderr.write('prep build: not implemented yet\n');
  return 1;
}
