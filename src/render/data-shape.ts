/**
 * The shape of a template's data, read from sample values (the probe packets
 * through the real view builder): which fields exist, which lists hold what,
 * and which values are null or absent in some packets.
 */
export interface Shape {
  kind: 'object' | 'array' | 'scalar' | 'any';
  /** Object fields; arrays have `length`. */
  fields: Map<string, Shape>;
  /** What an array holds. */
  item: Shape | undefined;
  /** Null in some sample: descending into it fails at run time unless guarded. */
  nullable: boolean;
  /** Absent in some sample: printing it fails in strict mode unless guarded. */
  missing: boolean;
}

function node(kind: Shape['kind'], nullable: boolean, missing: boolean): Shape {
  return { kind, fields: new Map(), item: undefined, nullable, missing };
}

/** A shape nothing is known about: every field and helper is accepted under it. */
export const ANY: Shape = node('any', false, false);

/** Text, a number or a boolean that is always there: `@index`, a list's `length`. */
export const SCALAR: Shape = node('scalar', false, false);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kindOf(value: unknown): Shape['kind'] {
  if (Array.isArray(value)) return 'array';
  return isRecord(value) ? 'object' : 'scalar';
}

/** The merged shape of the same place in several samples (`undefined` where a sample lacks it). */
export function shapeOf(samples: readonly unknown[]): Shape {
  const present = samples.filter((value) => value !== undefined);
  const values = present.filter((value) => value !== null);
  const kinds = new Set(values.map(kindOf));
  const missing = present.length < samples.length;
  const nullable = values.length < present.length;
  if (kinds.size !== 1) return node(kinds.size === 0 ? 'scalar' : 'any', nullable, missing);
  const [kind] = kinds as Set<Shape['kind']>;
  const shape = node(kind ?? 'scalar', nullable, missing);
  if (kind === 'array') {
    const items = (values as unknown[][]).flat();
    // A list empty in every sample: nothing is known of its items, so nothing under it is refused.
    shape.item = items.length === 0 ? ANY : shapeOf(items);
    shape.fields.set('length', SCALAR);
  }
  if (kind === 'object') {
    const records = values as Array<Record<string, unknown>>;
    const keys = new Set(records.flatMap((record) => Object.keys(record)));
    for (const key of [...keys].sort()) shape.fields.set(key, shapeOf(records.map((record) => record[key])));
  }
  return shape;
}

/**
 * A shape that fits every one of several: what `#each` over an object gives
 * its body. Only the fields all of them have, and no field at all if one is
 * text or a number.
 */
export function unionOf(shapes: readonly Shape[]): Shape {
  if (shapes.length === 0 || shapes.some((shape) => shape.kind === 'any')) return ANY;
  const kinds = new Set(shapes.map((shape) => shape.kind));
  const [kind] = kinds;
  const union = node(kinds.size === 1 && kind ? kind : 'scalar', shapes.some((shape) => shape.nullable), shapes.some((shape) => shape.missing));
  if (union.kind === 'array') {
    union.item = unionOf(shapes.map((shape) => shape.item ?? ANY));
    union.fields.set('length', SCALAR);
  }
  if (union.kind === 'object') {
    const [first, ...rest] = shapes.map((shape) => shape.fields);
    for (const key of first?.keys() ?? []) {
      if (rest.every((fields) => fields.has(key))) union.fields.set(key, unionOf(shapes.map((shape) => shape.fields.get(key) ?? ANY)));
    }
  }
  return union;
}
