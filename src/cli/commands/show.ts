import type { Context } from '../context.js';

export async function run(ctx: Context): Promise<number> {
  ctx.stderr.write('prep show: not implemented yet\n');
  return 1;
}
