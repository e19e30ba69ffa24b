import Handlebars from 'handlebars';
import { expect } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { templateEnvironment } from '../../src/render/compile-template.js';
import { checkStrict } from '../../src/render/strict-check.js';
import { buildView } from '../../src/render/view.js';

/** The environment prep compiles templates in. */
export const env = templateEnvironment(Handlebars);

/** The check's error for a packet.md.hbs and partials held in memory, or undefined when they pass. */
export function check(main: string, partials: Record<string, string> = {}): ContentError | undefined {
  const files = new Map(Object.entries(partials).map(([name, text]) => [name, { display: `partials/${name}.md.hbs`, text }]));
  try {
    checkStrict(env, { display: 'packet.md.hbs', text: main }, files, buildView);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
}

