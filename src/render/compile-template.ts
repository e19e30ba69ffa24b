import { ContentError } from '../errors.js';
import { helpers } from './helpers.js';
import { partialNames, readTemplate, type TemplateFile } from './template-files.js';

type HandlebarsEnv = typeof import('handlebars');
export type Render = (context: unknown, options?: object) => string;

let handlebars: Promise<HandlebarsEnv> | undefined;

/** Handlebars is loaded on first use, so commands that print no packet never pay for it. */
async function environment(): Promise<HandlebarsEnv> {
  handlebars ??= import('handlebars').then((module) => {
    const env = module.default.create();
    env.registerHelper(helpers);
    return env;
  });
  return handlebars;
}

/** Turns a Handlebars failure into one line naming the template file and the field. */
function templateError(error: unknown, file: TemplateFile): unknown {
  if (error instanceof ContentError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  if (missing) {
    return new ContentError(`${file.display}:${missing[2]}:${missing[3]}: unknown field "${missing[1]}" in template`, {
      hint: 'Use a field the packet has: see templates/README.md and `prep schema packet`.',
      cause: error,
    });
  }
  const parse = /^Parse error on line (\d+):[\s\S]*\n(.*)$/.exec(message);
  if (parse) {
    return new ContentError(`${file.display}:${parse[1]}: template syntax error: ${parse[2]}`, {
      hint: 'Check the braces around that line: {{field}}, {{#each list}}…{{/each}}.',
      cause: error,
    });
  }
  const line = error instanceof Error && 'lineNumber' in error ? error.lineNumber : undefined;
  const place = typeof line === 'number' ? `:${line}` : '';
  return new ContentError(`${file.display}${place}: template failed: ${message.split('\n')[0] ?? message}`, {
    hint: 'Fix the template, or remove it from the --template directory to use the built-in one.',
    cause: error,
  });
}

function compileFile(env: HandlebarsEnv, file: TemplateFile, noEscape: boolean): Render {
  let compiled: Render;
  try {
    compiled = env.compile(file.text, { strict: true, noEscape });
  } catch (error) {
    throw templateError(error, file);
  }
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw templateError(error, file);
    }
  };
}

const cache = new Map<string, Promise<Render>>();

/**
 * Compiles a top-level template (`packet.md.hbs`, `document.html.hbs`) with
 * every partial, overrides first. Only template files are ever compiled, never
 * packet text. Compiled once per directory and kept for the run.
 */
export function compileTemplate(name: string, overrideDir: string | undefined, noEscape: boolean): Promise<Render> {
  const key = `${name}\0${overrideDir ?? ''}\0${String(noEscape)}`;
  let render = cache.get(key);
  if (!render) {
    render = load(name, overrideDir, noEscape);
    cache.set(key, render);
    render.catch(() => cache.delete(key));
  }
  return render;
}

async function load(name: string, overrideDir: string | undefined, noEscape: boolean): Promise<Render> {
  const env = await environment();
  const partials: Record<string, Render> = {};
  for (const partial of await partialNames(overrideDir)) {
    partials[partial] = compileFile(env, await readTemplate(`partials/${partial}.md.hbs`, overrideDir), noEscape);
  }
  const main = compileFile(env, await readTemplate(name, overrideDir), noEscape);
  // Partials are passed per call rather than registered, so two template
  // directories in one run never see each other's partials.
  return (context) => main(context, { partials });
}
