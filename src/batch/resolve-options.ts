import type { CompanySettings } from '../model/settings.js';
import { DEFAULT_OUT_DIR } from '../output/output-path.js';
import type { Format, Paper } from '../model/outputs.js';

/** The options a build needs, once every source has been consulted. */
export interface BuildOptions {
  formats: Format[];
  out: string;
  paper: Paper;
  candidate: string | undefined;
}

/** One source of options; an absent (undefined) value defers to the sources below it. */
export type OptionLayer = { [K in keyof BuildOptions]?: BuildOptions[K] | undefined };

export const DEFAULT_OPTIONS: BuildOptions = {
  formats: ['md'],
  out: DEFAULT_OUT_DIR,
  paper: 'a4',
  candidate: undefined,
};

/** Precedence, lowest first: defaults < config file < front matter < CLI flags. */
export function resolveOptions(
  defaults: BuildOptions,
  config: OptionLayer,
  frontMatter: OptionLayer,
  cli: OptionLayer,
): BuildOptions {
  const resolved: BuildOptions = { ...defaults };
  for (const layer of [config, frontMatter, cli]) {
    for (const key of Object.keys(resolved) as (keyof BuildOptions)[]) {
      const value = layer[key];
      if (value !== undefined) Object.assign(resolved, { [key]: value });
    }
  }
  return resolved;
}

/** The front-matter layer: what a company's documents ask for (formats, paper). */
export function settingsLayer(settings: CompanySettings): OptionLayer {
  return { formats: settings.formats?.value, paper: settings.paper?.value };
}
