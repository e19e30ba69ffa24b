import { ANY, type Shape } from './data-shape.js';
import type { Scope } from './resolve-path.js';
import { checkArguments, checkExpression, checkProgram, isHelperCall, type Walk } from './check-template.js';
import { listNames, templateProblem } from './template-problem.js';

/** `{{#*inline "name"}}…{{/inline}}` partials declared in a program, over those declared around it. */
export function partialsDefinedIn(program: hbs.AST.Program, outer: ReadonlyMap<string, hbs.AST.Program>): ReadonlyMap<string, hbs.AST.Program> {
  const inline = program.body.filter((statement) => statement.type === 'DecoratorBlock') as hbs.AST.DecoratorBlock[];
  if (inline.length === 0) return outer;
  const map = new Map(outer);
  for (const block of inline) {
    const [name] = block.params;
    if (name?.type === 'StringLiteral') map.set((name as hbs.AST.StringLiteral).value, block.program);
  }
  return map;
}

/** The scope inside a block that moves the context (`each`, `with`): `../` then reaches the old one. */
function enter(scope: Scope, context: Shape, params: Array<[string | undefined, Shape]>): Scope {
  const blockParams = new Map(scope.blockParams);
  for (const [name, shape] of params) if (name !== undefined) blockParams.set(name, shape);
  return { ...scope, context, parents: [...scope.parents, scope.context], blockParams, guarded: new Set([...scope.guarded, context]) };
}

function guard(scope: Scope, trail: readonly Shape[]): Scope {
  return { ...scope, guarded: new Set([...scope.guarded, ...trail]) };
}

const INDEX: Shape = { kind: 'scalar', fields: new Map(), item: undefined, nullable: false, missing: false };

/** What `#each` iterates: a list's items; anything else is not known. */
const itemsOf = (shape: Shape): Shape => (shape.kind === 'array' ? shape.item ?? ANY : ANY);

/**
 * `#each`, `#with`, `#if`, `#unless`, and `{{#list}}…{{/list}}` sections:
 * the body is checked in the context the block gives it, the `{{else}}` branch
 * in the enclosing one, whether or not either would run for a given packet.
 */
export function checkBlock(walk: Walk, block: hbs.AST.BlockStatement, scope: Scope): void {
  const name = block.path.original;
  const helper = isHelperCall(walk, block.path, block.params, block.hash);
  const [first] = block.params;
  const trail = helper ? (first ? checkExpression(walk, first, scope) : [ANY]) : checkExpression(walk, block.path, scope);
  if (helper) checkArguments(walk, block.params.slice(1), block.hash, scope);
  const value = trail.at(-1) ?? ANY;
  const [as, index] = block.program.blockParams ?? [];
  if (name === 'each' || (!helper && value.kind === 'array')) {
    checkProgram(walk, block.program, enter(scope, itemsOf(value), [[as, itemsOf(value)], [index, INDEX]]));
    checkProgram(walk, block.inverse, scope);
  } else if (name === 'with' || (!helper && value.kind === 'object')) {
    checkProgram(walk, block.program, enter(guard(scope, trail), value, [[as, value]]));
    checkProgram(walk, block.inverse, scope);
  } else if (name === 'unless') {
    checkProgram(walk, block.program, scope);
    checkProgram(walk, block.inverse, guard(scope, trail));
  } else {
    // `#if`, a section over a scalar, or a helper used as a block: the context stays.
    checkProgram(walk, block.program, name === 'if' || !helper ? guard(scope, trail) : scope);
    checkProgram(walk, block.inverse, scope);
  }
}

/** The context a partial sees: the one given as its argument, plus its hash as fields. */
function partialScope(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): Scope {
  const [argument] = node.params;
  const context = argument ? checkExpression(walk, argument, scope).at(-1) ?? ANY : scope.context;
  const pairs = node.hash?.pairs ?? [];
  const inner = argument ? enter(scope, context, []) : scope;
  if (pairs.length === 0) return { ...inner, blockParams: new Map() };
  const fields = new Map(context.fields);
  for (const pair of pairs) fields.set(pair.key, checkExpression(walk, pair.value, scope).at(-1) ?? ANY);
  const merged: Shape = { ...context, kind: context.kind === 'any' ? 'any' : 'object', fields };
  return { ...inner, context: merged, blockParams: new Map(), guarded: new Set([...inner.guarded, merged]) };
}

/** `{{> name}}`: the partial is checked where it is included, in the context it gets there. */
export function checkPartial(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): void {
  if (node.type === 'PartialBlockStatement') checkProgram(walk, (node as hbs.AST.PartialBlockStatement).program, scope);
  if (node.name.type !== 'PathExpression') {
    checkExpression(walk, node.name, scope);
    return;
  }
  const name = (node.name as hbs.AST.PathExpression).original;
  if (name.startsWith('@') || walk.open.has(name)) return;
  const open = new Set([...walk.open, name]);
  const inner = partialScope(walk, node, scope);
  const inline = walk.inline.get(name);
  if (inline) return checkProgram({ ...walk, open }, inline, inner);
  const partial = walk.set.partial(name);
  if (partial) return checkProgram({ ...walk, file: partial.file, inline: new Map(), open }, partial.program, inner);
  if (node.type === 'PartialBlockStatement') return;
  throw templateProblem(walk.file, node.name.loc.start, `unknown partial "${name}" in template`,
    `The partials are ${listNames(walk.set.partialNames())}; add partials/${name}.md.hbs to the --template directory to make a new one.`);
}
