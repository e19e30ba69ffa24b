import { ANY, type Shape } from './data-shape.js';
import { isScoped, resolvePath, type PathUse, type Scope } from './resolve-path.js';
import type { TemplateFile } from './template-files.js';
import { checkBlock, checkPartial, partialsDefinedIn } from './check-blocks.js';
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
  inline: ReadonlyMap<string, hbs.AST.Program>;
  open: ReadonlySet<string>;
}

/** A helper call: a known helper name, or any name given arguments (which Handlebars treats as a helper). */
export function isHelperCall(walk: Walk, path: hbs.AST.PathExpression, params: hbs.AST.Expression[], hash?: hbs.AST.Hash): boolean {
  const simple = path.parts.length === 1 && path.depth === 0 && !path.data && !isScoped(path);
  if (simple && walk.set.helpers.has(path.original)) return true;
  if (params.length === 0 && (hash?.pairs.length ?? 0) === 0) return false;
  const helper = simple ? path.original : path.original.split(/[./]/)[0] ?? '';
  throw templateProblem(walk.file, path.loc.start, `unknown helper "${path.original}" in template`,
    `${didYouMean(helper, walk.set.helpers)}The helpers are ${listNames([...walk.set.helpers].sort(), 20)} (see templates/README.md).`);
}

/** Checks a helper's arguments and gives what an argument holds: its shapes for a path, ANY otherwise. */
export function checkExpression(walk: Walk, node: hbs.AST.Expression, scope: Scope, use: PathUse = 'param'): Shape[] {
  if (node.type === 'PathExpression') return resolvePath(node as hbs.AST.PathExpression, scope, use, walk.file);
  if (node.type !== 'SubExpression') return [ANY];
  const call = node as hbs.AST.SubExpression;
  if (!isHelperCall(walk, call.path, call.params, call.hash)) {
    throw templateProblem(walk.file, call.path.loc.start, `unknown helper "${call.path.original}" in template`, 'A (…) subexpression calls a helper: see templates/README.md.');
  }
  checkArguments(walk, call.params, call.hash, scope);
  return [ANY];
}

export function checkArguments(walk: Walk, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, scope: Scope): void {
  for (const param of params) checkExpression(walk, param, scope);
  for (const pair of hash?.pairs ?? []) checkExpression(walk, pair.value, scope);
}

function checkMustache(walk: Walk, node: hbs.AST.MustacheStatement, scope: Scope): void {
  if (node.path.type !== 'PathExpression') return;
  const path = node.path as hbs.AST.PathExpression;
  if (isHelperCall(walk, path, node.params, node.hash)) checkArguments(walk, node.params, node.hash, scope);
  else resolvePath(path, scope, 'print', walk.file);
}

/** Walks every statement of a program, both branches of every block, and every partial it includes. */
export function checkProgram(walk: Walk, program: hbs.AST.Program | undefined, scope: Scope): void {
  if (!program) return;
  const inner = { ...walk, inline: partialsDefinedIn(program, walk.inline) };
  for (const statement of program.body) {
    switch (statement.type) {
      case 'MustacheStatement':
        checkMustache(inner, statement as hbs.AST.MustacheStatement, scope);
        break;
      case 'BlockStatement':
        checkBlock(inner, statement as hbs.AST.BlockStatement, scope);
        break;
      case 'PartialStatement':
      case 'PartialBlockStatement':
        checkPartial(inner, statement as hbs.AST.PartialStatement | hbs.AST.PartialBlockStatement, scope);
        break;
    }
  }
}

/** Checks a top-level template against the shape of its data. Throws the first problem as a ContentError. */
export function checkTemplate(template: ParsedTemplate, root: Shape, set: TemplateSet): void {
  const scope: Scope = { context: root, parents: [], root, blockParams: new Map(), guarded: new Set([root]) };
  checkProgram({ set, file: template.file, inline: new Map(), open: new Set() }, template.program, scope);
}
