import { ANY, unionOf, type Shape } from './data-shape.js';
import { checkExpression, type Walk } from './check-expressions.js';
import type { Scope } from './resolve-path.js';
import { templateProblem } from './template-problem.js';

/**
 * The scope inside a block that moves the context (`each`, `with`): `../` then
 * reaches the old one. Handlebars adds no level for a block over the same
 * context (`{{#with this}}`), so neither does this.
 */
export function enter(scope: Scope, context: Shape, params: Array<[string | undefined, Shape]>): Scope {
  const blockParams = new Map(scope.blockParams);
  for (const [name, shape] of params) if (name !== undefined) blockParams.set(name, shape);
  const parents = context === scope.context ? scope.parents : [...scope.parents, scope.context];
  return { ...scope, context, parents, blockParams, guarded: new Set([...scope.guarded, context]) };
}

/** The scope where a block's condition held: every value on its path is there. */
export function guard(scope: Scope, trail: readonly Shape[]): Scope {
  return { ...scope, guarded: new Set([...scope.guarded, ...trail]) };
}

/** What `#each` gives its body: a list's items, or an object's values (present ones only). */
export function itemsOf(shape: Shape): Shape {
  if (shape.kind === 'array') return shape.item ?? ANY;
  if (shape.kind !== 'object') return ANY;
  return { ...unionOf([...shape.fields.values()]), missing: false };
}

/** The context a partial sees: the one given as its argument, plus its hash as fields. */
export function partialScope(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): Scope {
  const [argument, extra] = node.params;
  if (extra) {
    throw templateProblem(walk.file, extra.loc.start, 'a partial takes one context in template',
      'Pass one value and name the rest: {{> name field other=value}}.');
  }
  const context = argument ? checkExpression(walk, argument, scope, 'context').at(-1) ?? ANY : scope.context;
  const pairs = node.hash?.pairs ?? [];
  // A partial starts afresh: Handlebars (outside compat mode) passes it no
  // enclosing contexts for `../`, and no block parameters of its caller.
  const inner: Scope = { ...scope, context, parents: [], blockParams: new Map() };
  if (pairs.length === 0) return inner;
  const fields = new Map(context.fields);
  for (const pair of pairs) fields.set(pair.key, checkExpression(walk, pair.value, scope).at(-1) ?? ANY);
  const merged: Shape = { ...context, kind: context.kind === 'any' ? 'any' : 'object', fields };
  return { ...inner, context: merged, guarded: new Set([...inner.guarded, merged]) };
}

/**
 * The scope of a partial block's body where it runs: the caller's names
 * (block parameters, `../` levels, what it guarded) around the context and
 * `@index` the partial gives it.
 */
export function partialBlockScope(caller: Scope, there: Scope): Scope {
  const body = enter(caller, there.context, []);
  return { ...body, blockParams: caller.blockParams, iterating: there.iterating, guarded: new Set([...body.guarded, ...there.guarded]) };
}
