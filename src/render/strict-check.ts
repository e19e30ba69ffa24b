import type { Packet } from '../model/packet.js';
import { checkTemplate, type ParsedTemplate, type TemplateSet } from './check-template.js';
import { shapeOf } from './data-shape.js';
import { probePackets } from './probe-packets.js';
import type { TemplateFile } from './template-files.js';
import { templateError } from './template-problem.js';

type HandlebarsEnv = typeof import('handlebars');

/** Handlebars' own fallbacks, which no template names. */
const INTERNAL_HELPERS = new Set(['helperMissing', 'blockHelperMissing']);

function parse(env: HandlebarsEnv, file: TemplateFile): ParsedTemplate {
  try {
    return { file, program: env.parse(file.text) };
  } catch (error) {
    throw templateError(error, file);
  }
}

/**
 * Checks a template and every partial it can include against the shape of its
 * data, on every branch: Handlebars' strict mode only sees the fields a given
 * packet reaches, so a typo under an empty list or a false `#if` would pass
 * on one company and fail on the next. The shape comes from the probe packets
 * through the template's real view builder, so derived fields are known too.
 */
export function checkStrict(env: HandlebarsEnv, main: TemplateFile, partials: ReadonlyMap<string, TemplateFile>, view: (packet: Packet) => unknown): void {
  const parsed = new Map<string, ParsedTemplate>();
  const set: TemplateSet = {
    helpers: new Set(Object.keys(env.helpers).filter((name) => !INTERNAL_HELPERS.has(name))),
    partial: (name) => {
      const file = partials.get(name);
      if (!file) return undefined;
      const template = parsed.get(name) ?? parse(env, file);
      parsed.set(name, template);
      return template;
    },
    partialNames: () => [...partials.keys()],
  };
  checkTemplate(parse(env, main), shapeOf(probePackets().map(view)), set);
}
