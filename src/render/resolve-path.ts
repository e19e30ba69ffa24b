import { ANY, SCALAR, type Shape } from './data-shape.js';
import type { TemplateFile } from './template-files.js';
import { didYouMean, listNames, templateProblem } from './template-problem.js';

/** What a template can see at one point: its context, the enclosing ones, and what is known not to be null. */
export interface Scope {
  context: Shape;
  /** Contexts of the enclosing `each`/`with` blocks, innermost last: what `../` reaches. */
  parents: readonly Shape[];
  root: Shape;
  blockParams: ReadonlyMap<string, Shape>;
  /** Shapes an enclosing `#if`/`#with`/`#each` has shown to be there. */
  guarded: ReadonlySet<Shape>;
  /** Inside the body of an `#each`, where `@index`, `@key`, `@first` and `@last` exist. */
  iterating: boolean;
}

/**
 * Printed with `{{path}}` (strict: must be there), passed to a helper (may be
 * absent or null), or given to a partial as its context (must be there and not
 * null, since the partial reads its fields).
 */
export type PathUse = 'print' | 'param' | 'context';

const DATA_VARIABLES = new Set(['index', 'key', 'first', 'last']);

/** `this.x` and `./x` name a field even where a helper or block parameter has the same name. */
export const isScoped = (path: hbs.AST.PathExpression): boolean => /^\.|^this\b/.test(path.original);

function start(path: hbs.AST.PathExpression, scope: Scope, file: TemplateFile): { shape: Shape; parts: string[] } {
  const [head, ...rest] = path.parts;
  if (path.data) {
    if (head === 'root') return { shape: scope.root, parts: rest };
    if (head !== undefined && DATA_VARIABLES.has(head) && rest.length === 0 && scope.iterating) return { shape: SCALAR, parts: [] };
    throw templateProblem(file, path.loc.start, `unknown variable "@${path.parts.join('.')}" in template`,
      'Use @index, @key, @first or @last inside {{#each}}, or @root.field for the top-level data.');
  }
  if (path.depth > 0) {
    const shape = scope.parents[scope.parents.length - path.depth];
    if (!shape) {
      throw templateProblem(file, path.loc.start, `"${path.original}" reaches above the top-level data`,
        'Remove a "../": each one leaves one {{#each}} or {{#with}} block. '
        + 'A partial starts at its own context: pass it what it needs, {{> name date=../date}}.');
    }
    return { shape, parts: path.parts };
  }
  const param = head === undefined || isScoped(path) ? undefined : scope.blockParams.get(head);
  return param ? { shape: param, parts: rest } : { shape: scope.context, parts: path.parts };
}

/**
 * A path's first `count` parts as a template writes them, for messages and
 * hints: `candidate` for `candidate.name`, `gaps.[0]` (Handlebars keeps
 * `gaps.0` as the path's original text, which is not valid in a template).
 */
function writtenUpTo(path: hbs.AST.PathExpression, count: number): string {
  const parts = path.parts.slice(0, count).map((part) => (/^[A-Za-z_$][\w$-]*$/.test(part) ? part : `[${part}]`));
  const prefix = `${path.data ? '@' : ''}${'../'.repeat(path.depth)}${/^this\b/.test(path.original) ? 'this.' : ''}`;
  return parts.length > 0 ? prefix + parts.join('.') : prefix.replace(/[./]+$/, '') || 'this';
}

/** What there is instead of a missing field: the nearest name and the fields, or why there are none. */
function whatIsHere(part: string, shape: Shape, written: string): string {
  if (shape.kind === 'scalar') return 'That value is text or a number: it has no fields.';
  if (shape.kind === 'array') {
    const item = shape.item?.fields.has(part) ? part : 'field';
    return `That value is a list: go through it, {{#each ${written}}}{{${item}}}{{/each}}.`;
  }
  const names = [...shape.fields.keys()];
  return `${didYouMean(part, names)}Fields here: ${listNames(names)}.`;
}

/** `written`: the path up to the value that lacks the field. */
function unknownField(file: TemplateFile, path: hbs.AST.PathExpression, part: string, shape: Shape, written: string): Error {
  const where = path.parts.length > 1 ? ` in "${writtenUpTo(path, path.parts.length)}"` : '';
  return templateProblem(file, path.loc.start, `unknown field "${part}"${where} in template`,
    `${whatIsHere(part, shape, written)} See templates/README.md and \`prep schema packet\`.`);
}

function unguarded(file: TemplateFile, path: hbs.AST.PathExpression, shown: string, why: string): Error {
  return templateProblem(file, path.loc.start, `field "${shown}" ${why} in some packets`,
    `Wrap its use in {{#if ${shown}}}…{{/if}}, so the template works for every company and candidate.`);
}

/**
 * The shapes a path walks through, last the one it names. Fails on a field the
 * data does not have, on a step through a value that is null in some packet,
 * and on a list item by number (`gaps.[0]`), which a shorter list lacks.
 */
export function resolvePath(path: hbs.AST.PathExpression, scope: Scope, use: PathUse, file: TemplateFile): Shape[] {
  const first = start(path, scope, file);
  // `first.parts` leave out a head that start() resolved (a block parameter, `@root`).
  const upTo = (count: number) => writtenUpTo(path, path.parts.length - first.parts.length + count);
  const trail = [first.shape];
  let shape = first.shape;
  for (const [index, part] of first.parts.entries()) {
    if (shape.kind === 'any') return [...trail, ANY];
    if (shape.nullable && !scope.guarded.has(shape)) throw unguarded(file, path, upTo(index), 'is null');
    const item = shape.kind === 'array' && /^\d+$/.test(part);
    const next = item ? shape.item : shape.fields.get(part);
    if (!next) throw unknownField(file, path, part, shape, upTo(index));
    const last = index === first.parts.length - 1;
    if (item && !scope.guarded.has(next) && (!last || use !== 'param')) throw unguarded(file, path, upTo(index + 1), 'is absent');
    trail.push(next);
    shape = next;
  }
  if (use !== 'param' && shape.missing && !scope.guarded.has(shape)) throw unguarded(file, path, upTo(first.parts.length), 'is absent');
  if (use === 'context' && shape.nullable && !scope.guarded.has(shape)) throw unguarded(file, path, upTo(first.parts.length), 'is null');
  return trail;
}
