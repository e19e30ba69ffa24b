import type { Walk } from './check-expressions.js';
import type { TemplateFile } from './template-files.js';
import { templateProblem } from './template-problem.js';

/**
 * `{{#*inline "name"}}…{{/inline}}` partials declared in a program, over those
 * declared around it, each with the file it is written in. Inline partials are
 * the one decorator prep's Handlebars has; any other fails at run time, for
 * every packet, so it is refused here with the rest.
 */
export function partialsDefinedIn(program: hbs.AST.Program, outer: Walk['inline'], file: TemplateFile): Walk['inline'] {
  const decorators = program.body.filter((statement) => statement.type === 'DecoratorBlock' || statement.type === 'Decorator');
  if (decorators.length === 0) return outer;
  const map = new Map(outer);
  for (const decorator of decorators as hbs.AST.DecoratorBlock[]) {
    const [name] = decorator.params;
    const inline = (decorator.type as string) === 'DecoratorBlock' && decorator.path.original === 'inline';
    if (inline && name?.type === 'StringLiteral') {
      map.set((name as hbs.AST.StringLiteral).value, { file, program: decorator.program });
      continue;
    }
    const what = inline ? 'inline partial without a quoted name' : `unknown decorator "${decorator.path.original}"`;
    throw templateProblem(file, decorator.loc.start, `${what} in template`,
      'Declare a partial as {{#*inline "name"}}…{{/inline}}; prep\'s Handlebars has no other decorator.');
  }
  return map;
}
