import { jsonSchema } from '../model/json-schema.js';
import type { Packet } from '../model/packet.js';

type Schema = Record<string, unknown>;

interface Probe {
  defs: Record<string, Schema>;
  /** Leave out the fields the schema lets a packet leave out. */
  lean: boolean;
  /** Make every nullable value null and every list empty. */
  sparse: boolean;
  /** Which enum value and which union branch this probe takes: probe n takes the n-th (wrapping). */
  variant: number;
}

const pick = <T>(items: readonly T[], variant: number): T | undefined => items[variant % items.length];

function typesOf(schema: Schema): string[] {
  return Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
}

function number(schema: Schema): number {
  const low = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : 1;
  return typeof schema.maximum === 'number' ? Math.min(low, schema.maximum) : low;
}

function string(schema: Schema): string {
  const longest = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  return 'probe'.padEnd(typeof schema.minLength === 'number' ? schema.minLength : 0, 'e').slice(0, longest);
}

function object(schema: Schema, probe: Probe): Record<string, unknown> {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries((schema.properties as Record<string, Schema> | undefined) ?? {})) {
    if (probe.lean && !required.has(key)) continue;
    out[key] = sample(property, probe);
  }
  return out;
}

/** One value for a JSON Schema, as the probe's mode and variant choose. */
function sample(schema: Schema, probe: Probe): unknown {
  if (typeof schema.$ref === 'string') return sample(probe.defs[schema.$ref.replace('#/$defs/', '')] ?? {}, probe);
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return pick(schema.enum, probe.variant);
  if (Array.isArray(schema.anyOf)) {
    const branches = (schema.anyOf as Schema[]).filter((branch) => !typesOf(branch).includes('null'));
    const nullable = branches.length < schema.anyOf.length;
    return probe.sparse && nullable ? null : sample(pick(branches, probe.variant) ?? {}, probe);
  }
  const types = typesOf(schema);
  if (probe.sparse && types.includes('null')) return null;
  switch (types.find((type) => type !== 'null')) {
    case 'object':
      return object(schema, probe);
    case 'array':
      return probe.sparse ? [] : [sample((schema.items as Schema | undefined) ?? {}, probe)];
    case 'string':
      return string(schema);
    case 'number':
    case 'integer':
      return number(schema);
    case 'boolean':
      return !probe.sparse;
    default:
      return null;
  }
}

/** The most choices any enum or union in the schema offers: how many full probes visit them all. */
function widestChoice(value: unknown): number {
  if (Array.isArray(value)) return Math.max(1, ...value.map(widestChoice));
  if (typeof value !== 'object' || value === null) return 1;
  const own = Object.entries(value).map(([key, item]) => (key === 'enum' || key === 'anyOf') && Array.isArray(item) ? item.length : 1);
  return Math.max(...own, ...Object.values(value).map(widestChoice));
}

let probes: Packet[] | undefined;

/**
 * Sample packets made from the packet's JSON Schema, so they follow the schema
 * as it changes: together they hold every field, every enum value and every
 * union branch; one leaves out every optional field, and one also makes every
 * nullable value null and every list empty.
 */
export function probePackets(): Packet[] {
  if (probes) return probes;
  const schema = jsonSchema('packet');
  const defs = (schema.$defs as Record<string, Schema> | undefined) ?? {};
  const root = { $ref: schema.$ref } as Schema;
  const full = Array.from({ length: widestChoice(schema) }, (_, variant) => sample(root, { defs, lean: false, sparse: false, variant }));
  // Lean: every value there but the optional ones, so those are seen absent under a parent that is present.
  const lean = sample(root, { defs, lean: true, sparse: false, variant: 0 });
  probes = [...full, lean, sample(root, { defs, lean: true, sparse: true, variant: 0 })] as Packet[];
  return probes;
}
