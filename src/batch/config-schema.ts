import { z } from 'zod';

/** prep.config.{yaml,json}: placeholder until the batch issue fills it in. */
export const Config = z.object({}).strict();

export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { io: 'input' }) as Record<string, unknown>;
}
