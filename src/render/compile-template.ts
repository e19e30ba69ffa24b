import type { Packet } from '../model/packet.js';
import { helpers } from './helpers.js';
import { checkStrict } from './strict-check.js';
import { partialNames, readTemplate, type TemplateFile } from './template-files.js';
import { templateError } from './template-problem.js';

type HandlebarsEnv = typeof import('handlebars');
export type Render = (context: unknown, options?: object) => string;

/** How a top-level template is fed. */
export interface TemplateData {
  /** Markdown templates get data escaped by the view; HTML templates get Handlebars' escaping. */
  noEscape: boolean;
  /** The template's data for one packet; run on probe packets to check an override directory. */
  view: (packet: Packet) => unknown;
}

let handlebars: Promise<HandlebarsEnv> | undefined;

/** A Handlebars environment with the documented helpers, as templates are compiled and checked in. */
export function templateEnvironment(base: HandlebarsEnv): HandlebarsEnv {
  const env = base.create();
  // Handlebars' `log` writes to stdout, into a packet printed with `-o -`.
  env.unregisterHelper('log');
  env.registerHelper(helpers);
  return env;
}

/** Handlebars is loaded on first use, so commands that print no packet never pay for it. */
async function environment(): Promise<HandlebarsEnv> {
  handlebars ??= import('handlebars').then((module) => templateEnvironment(module.default));
  return handlebars;
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
 * packet text. Compiled, and an override directory checked, once per
 * directory and kept for the run.
 */
export function compileTemplate(name: string, overrideDir: string | undefined, data: TemplateData): Promise<Render> {
  const key = `${name}\0${overrideDir ?? ''}\0${String(data.noEscape)}`;
  let render = cache.get(key);
  if (!render) {
    render = load(name, overrideDir, data);
    cache.set(key, render);
    render.catch(() => cache.delete(key));
  }
  return render;
}

async function load(name: string, overrideDir: string | undefined, data: TemplateData): Promise<Render> {
  const env = await environment();
  const files = new Map<string, TemplateFile>();
  for (const partial of await partialNames(overrideDir)) files.set(partial, await readTemplate(`partials/${partial}.md.hbs`, overrideDir));
  const mainFile = await readTemplate(name, overrideDir);
  // The built-in templates are checked by a test (test/render/strict-check.test.ts), not on every run.
  if (overrideDir) checkStrict(env, mainFile, files, data.view);
  const partials: Record<string, Render> = {};
  for (const [partial, file] of files) partials[partial] = compileFile(env, file, data.noEscape);
  const main = compileFile(env, mainFile, data.noEscape);
  // Partials are passed per call rather than registered, so two template
  // directories in one run never see each other's partials.
  return (context) => main(context, { partials });
}
