import { createRequire } from 'node:module';

/** prep's own version, from package.json (read once, when first asked). */
let cached: string | undefined;
export function prepVersion(): string {
  cached ??= (createRequire(import.meta.url)('../package.json') as { version: string }).version;
  return cached;
}
