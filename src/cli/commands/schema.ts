import type { Context } from '../context.js';

export async function run(ctx: Context, name: string): Promise<number> {
  const { jsonSchema } = await import('../../model/json-schema.js');
  if (name === 'config') {
    const { configJsonSchema } = await import('../../batch/config-schema.js');
    ctx.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
  }
  ctx.stdout.write(`${JSON.stringify(jsonSchema(name as 'company' | 'packet'), null, 2)}\n`);
  return 0;
}
