import type { Context } from '../context.js';

export async function run(ctx: Context): Promise<number> {
  ctx.stderr.write('prep list: not implemented yet\n');
  return 1;
}
