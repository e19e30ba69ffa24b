import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a document that is a symbolic link really leads, when that is outside
 * the profiles directory; undefined for a plain file or a link within it. CI
 * builds and publishes packets from profiles a pull request may change: a link
 * to `/etc/passwd` or `~/.ssh/config` must not be read into a packet.
 */
export async function linkOutside(absolute: string, profilesRoot: string): Promise<string | undefined> {
  if (!(await lstat(absolute)).isSymbolicLink()) return undefined;
  const target = await realpath(absolute);
  const relative = path.relative(profilesRoot, target);
  const inside = relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
  return inside ? undefined : target;
}
