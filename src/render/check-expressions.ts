import { ANY, type Shape } from './data-shape.js';
import { isScoped, resolvePath, type PathUse, type Scope } from './resolve-path.js';
import type { TemplateFile } from './template-files.js';
import { didYouMean, listNames, templateProblem } from './template-problem.js';

/** A parsed template: its file (for messages) and its syntax tree. */
export interface ParsedTemplate {
  file: TemplateFile;
  program: hbs.AST.Program;
}

/** The templates and helpers a check can reach. */
export interface TemplateSet {
  helpers: ReadonlySet<string>;
  /** A partial by name, parsed on first use; undefined when there is none. */
  partial: (name: string) => ParsedTemplate | undefined;
  partialNames: () => string[];
}

/** Where the walk is: the file being read, its inline partials, and the partials open above it. */
export interface Walk {
  set: TemplateSet;
  file: TemplateFile;
  /**
   * Inline partials in reach: those declared around this point, and, as
   * Handlebars passes them on, those of the templates that included this one.
   */
  inline: ReadonlyMap<string, ParsedTemplate>;
  open: ReadonlySet<string>;
  /** How many partials and partial-block bodies the walk is inside. */
  depth: number;
  /** The body of the `{{#> name}}…{{/name}}` this partial was included by: what `{{> @partial-block}}` prints. */
  block?: PartialBlock | undefined;
}

/** A partial block's body, with where it was written: it is checked in its own template, with its caller's names. */
export interface PartialBlock {
  program: hbs.AST.Program;
  walk: Walk;
  scope: Scope;
  /** Printed by the partial: a body it never prints is checked at the include instead. */
  used: boolean;
}

/** A helper call: a known helper name, or any name given arguments (which Handlebars treats as a helper). */
export function isHelperCall(walk: Walk, path: hbs.AST.PathExpression, params: hbs.AST.Expression[], hash?: hbs.AST.Hash): boolean {
  const simple = path.parts.length === 1 && path.depth === 0 && !path.data && !isScoped(path);
  if (simple && walk.set.helpers.has(path.original)) return true;
  if (params.length === 0 && (hash?.pairs.length ?? 0) === 0) return false;
  throw unknownHelper(walk, path);
}

function unknownHelper(walk: Walk, path: hbs.AST.PathExpression): Error {
  const names = [...walk.set.helpers].sort();
  return templateProblem(walk.file, path.loc.start, `unknown helper "${path.original}" in template`,
    `${didYouMean(path.original, names)}The helpers are ${listNames(names, 20)} (see templates/README.md).`);
}

/** Checks an argument of a block, helper or partial and gives the shapes its path walks through (ANY for others). */
export function checkExpression(walk: Walk, node: hbs.AST.Expression, scope: Scope, use: PathUse = 'param'): Shape[] {
  if (node.type === 'PathExpression') return resolvePath(node as hbs.AST.PathExpression, scope, use, walk.file);
  if (node.type !== 'SubExpression') return [ANY];
  const call = node as hbs.AST.SubExpression;
  // `(name …)` always calls a helper, even with no arguments.
  if (!isHelperCall(walk, call.path, call.params, call.hash)) throw unknownHelper(walk, call.path);
  checkArguments(walk, call.params, call.hash, scope);
  return [ANY];
}

export function checkArguments(walk: Walk, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, scope: Scope): void {
  for (const param of params) checkExpression(walk, param, scope);
  for (const pair of hash?.pairs ?? []) checkExpression(walk, pair.value, scope);
}
