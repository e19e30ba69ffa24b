import { ANY, SCALAR, type Shape } from './data-shape.js';
import { enter, guard, itemsOf, partialBlockScope, partialScope } from './block-scopes.js';
import { checkArguments, checkExpression, isHelperCall, type ParsedTemplate, type TemplateSet, type Walk } from './check-expressions.js';
import { partialsDefinedIn } from './inline-partials.js';
import { resolvePath, type Scope } from './resolve-path.js';
import { listNames, templateProblem } from './template-problem.js';

export type { ParsedTemplate, TemplateSet } from './check-expressions.js';

function checkMustache(walk: Walk, node: hbs.AST.MustacheStatement, scope: Scope): void {
  if (node.path.type !== 'PathExpression') return;
  const path = node.path as hbs.AST.PathExpression;
  if (isHelperCall(walk, path, node.params, node.hash)) checkArguments(walk, node.params, node.hash, scope);
  else resolvePath(path, scope, 'print', walk.file);
}

/**
 * `#each`, `#with`, `#if`, `#unless`, and `{{#list}}…{{/list}}` sections:
 * the body is checked in the context the block gives it, the `{{else}}` branch
 * in the enclosing one, whether or not either would run for a given packet.
 */
function checkBlock(walk: Walk, block: hbs.AST.BlockStatement, scope: Scope): void {
  const name = block.path.original;
  const helper = isHelperCall(walk, block.path, block.params, block.hash);
  const [first] = block.params;
  const trail = helper ? (first ? checkExpression(walk, first, scope) : [ANY]) : checkExpression(walk, block.path, scope);
  if (helper) checkArguments(walk, block.params.slice(1), block.hash, scope);
  const value = trail.at(-1) ?? ANY;
  const [as, index] = block.program.blockParams ?? [];
  if (name === 'each' || (!helper && value.kind === 'array')) {
    const items = itemsOf(value);
    const body = enter(scope, items, [[as, items], [index, SCALAR]]);
    checkProgram(walk, block.program, { ...body, iterating: true });
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

/**
 * `{{> gaps}}` or `{{> "gaps"}}`. A name computed from the data
 * (`{{> (lookup . "kind")}}`) is refused: which partial runs, and whether
 * there is one, would then change from packet to packet, out of the check's sight.
 */
function partialName(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement): string {
  if (node.name.type !== 'SubExpression') return String((node.name as hbs.AST.PathExpression | hbs.AST.StringLiteral).original);
  throw templateProblem(walk.file, node.name.loc.start, 'partial named by an expression in template',
    'Name the partial as written, {{> name}}; to choose one by a field, use {{#if (eq kind "swot")}}{{> swot}}{{/if}}.');
}

/** Partial includes and partial-block bodies nested in one another, past which the walk stops. */
const MAX_DEPTH = 64;

/**
 * `{{> @partial-block}}`: the body of the `{{#> name}}…{{/name}}` that
 * included this partial, checked here, in the context it is given here, as
 * Handlebars runs it.
 */
function checkPartialBlock(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): void {
  const block = walk.block;
  if (!block) {
    throw templateProblem(walk.file, node.name.loc.start, 'no partial block for "@partial-block" in template',
      'Include this partial as a block, {{#> name}}…{{/name}}, or remove {{> @partial-block}}.');
  }
  block.used = true;
  const body = partialBlockScope(block.scope, partialScope(walk, node, scope));
  // The body runs as its caller wrote it: with the caller's partials open, so `{{> p}}` in `{{#> p}}…{{/p}}` is p again.
  checkProgram({ ...block.walk, depth: walk.depth + 1 }, block.program, body);
}

/** Checks partial `name` where it is included, seeing `into`'s inline partials; false when there is no such partial. */
function includePartial(walk: Walk, name: string, into: Pick<Walk, 'block' | 'inline'>, context: Scope): boolean {
  // A partial that includes itself is checked once; a chain of partials and blocks this deep can only be such a loop.
  if (walk.open.has(name) || walk.depth > MAX_DEPTH) return true;
  const found = walk.inline.get(name) ?? walk.set.partial(name);
  if (found) checkProgram({ ...walk, ...into, file: found.file, depth: walk.depth + 1, open: new Set([...walk.open, name]) }, found.program, context);
  return found !== undefined;
}

/** `{{> name}}` or `{{#> name}}…{{/name}}`: the partial is checked where it is included, in the context it gets there. */
function checkPartial(walk: Walk, node: hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope: Scope): void {
  const name = partialName(walk, node);
  if (name === '@partial-block') return checkPartialBlock(walk, node, scope);
  const context = partialScope(walk, node, scope);
  const program = node.type === 'PartialBlockStatement' ? (node as hbs.AST.PartialBlockStatement).program : undefined;
  // Inside the partial, `{{> @partial-block}}` is this call's block, and the inline partials the block declares
  // at its top are in reach (the layout pattern, `{{#> layout}}{{#*inline "main"}}…`); a plain include passes both on.
  const block = program ? { program, walk, scope, used: false } : walk.block;
  const inline = program ? partialsDefinedIn(program, walk.inline, walk.file) : walk.inline;
  const found = includePartial(walk, name, { block, inline }, context);
  // A body that stands in for a missing partial, or that the partial never prints, is still checked, at the partial's top.
  if (program && !block?.used) checkProgram(walk, program, partialBlockScope(scope, context));
  if (found || program) return;
  throw templateProblem(walk.file, node.name.loc.start, `unknown partial "${name}" in template`,
    `The partials are ${listNames(walk.set.partialNames())}; add partials/${name}.md.hbs to the --template directory to make a new one.`);
}

/** Walks every statement of a program, both branches of every block, and every partial it includes. */
function checkProgram(walk: Walk, program: hbs.AST.Program | undefined, scope: Scope): void {
  if (!program) return;
  const inner = { ...walk, inline: partialsDefinedIn(program, walk.inline, walk.file) };
  for (const statement of program.body) {
    if (statement.type === 'MustacheStatement') checkMustache(inner, statement as hbs.AST.MustacheStatement, scope);
    else if (statement.type === 'BlockStatement') checkBlock(inner, statement as hbs.AST.BlockStatement, scope);
    else if (statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') {
      checkPartial(inner, statement as hbs.AST.PartialStatement, scope);
    }
  }
}

/**
 * Checks a top-level template against the shape of its data, on every branch
 * and through every partial it includes. Throws the first problem as a
 * ContentError naming file:line:col.
 */
export function checkTemplate(template: ParsedTemplate, root: Shape, set: TemplateSet): void {
  const scope: Scope = { context: root, parents: [], root, blockParams: new Map(), guarded: new Set([root]), iterating: false };
  checkProgram({ set, file: template.file, inline: new Map(), open: new Set(), depth: 0 }, template.program, scope);
}
