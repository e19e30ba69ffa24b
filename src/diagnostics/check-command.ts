import path from 'node:path';
import { shownPath } from '../output/shown-path.js';

/**
 * The `prep check` command line that shows these diagnostics again, as a
 * user can paste it: with `--profiles` when the profiles are not the default
 * `./profiles`, or the command would look in the wrong place.
 */
export function checkCommand(id: string | undefined, profilesDir: string, cwd: string): string {
  const target = id === undefined ? '' : ` ${id}`;
  const elsewhere = path.resolve(cwd, profilesDir) !== path.resolve(cwd, 'profiles');
  return `prep${elsewhere ? ` --profiles ${shownPath(profilesDir, cwd)}` : ''} check${target}`;
}
