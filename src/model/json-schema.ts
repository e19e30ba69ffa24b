import { z } from 'zod';
import { Company } from './company.js';
import { Packet } from './packet.js';

const schemas = { company: Company, packet: Packet } as const;
export type SchemaName = keyof typeof schemas;

/** JSON Schema (draft 2020-12) for the model, generated from the same zod declaration as the types. */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  // `io: 'output'`: describe what prep prints, where defaults are always filled in.
  return z.toJSONSchema(schemas[name], { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
}
