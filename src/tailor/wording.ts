import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

/** The tailor's wordings, one Handlebars file each under templates/tailor/. */
export type Wording =
  | 'talking-point'
  | 'talking-point-many'
  | 'gap'
  | 'gap-portfolio'
  | 'gap-product'
  | 'question-skill'
  | 'question-responsibility'
  | 'question-value'
  | 'ask-okr'
  | 'ask-priority'
  | 'ask-weakness'
  | 'ask-news';

const directory = fileURLToPath(new URL('../../templates/tailor/', import.meta.url));
// Our own templates only; profile and candidate text reaches them as data, never as template source.
const handlebars = Handlebars.create();
const compiled = new Map<Wording, HandlebarsTemplateDelegate>();

/** What several wordings say alike (`{{> tell-a-story}}`), one file each under templates/tailor/partials/. */
function registerPartials(): void {
  const partials = `${directory}partials/`;
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs')).sort()) {
    handlebars.registerPartial(file.slice(0, -'.hbs'.length), readFileSync(`${partials}${file}`, 'utf8'));
  }
}

function template(name: Wording): HandlebarsTemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    if (compiled.size === 0) registerPartials();
    const source = readFileSync(`${directory}${name}.hbs`, 'utf8');
    // Plain text out: nothing to escape; strict: a field the template names must exist.
    t = handlebars.compile(source, { strict: true, noEscape: true });
    compiled.set(name, t);
  }
  return t;
}

/** Renders one wording to a single line of plain text. */
export function word(name: Wording, data: Record<string, string | null>): string {
  return template(name)(data).replace(/\s+/g, ' ').trim();
}
