import type { SchemaName } from '../../model/json-schema.js';
import type { Context } from '../context.js';

/** `prep schema <name>`: a JSON Schema on stdout; commander lets only these three names through. */
export async function run(ctx: Context, name: SchemaName | 'config'): Promise<number> {
  const schema =
    name === 'config'
      ? (await import('../../batch/config-schema.js')).configJsonSchema()
      : (await import('../../model/json-schema.js')).jsonSchema(name);
  ctx.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
