import path from 'node:path';
import { shownPath } from '../output/shown-path.js';

/**
 * A prep command line as the user can paste it: with `--profiles` when the
 * profiles are not the default `./profiles`, or the command would look in the
 * wrong place.
 */
export function prepCommand(command: string, profilesDir: string, cwd: string): string {
  const elsewhere = path.resolve(cwd, profilesDir) !== path.resolve(cwd, 'profiles');
  return `prep${elsewhere ? ` --profiles ${shownPath(profilesDir, cwd)}` : ''} ${command}`;
}

/** The `prep check` command line that shows these diagnostics again. */
export function checkCommand(id: string | undefined, profilesDir: string, cwd: string): string {
  return prepCommand(id === undefined ? 'check' : `check ${id}`, profilesDir, cwd);
}
