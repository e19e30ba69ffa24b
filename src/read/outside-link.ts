import { realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where a document really is, when a symbolic link (the document's own, or
 * its company folder's) puts it outside the profiles directory; undefined
 * when it is inside. CI builds and publishes packets from profiles a pull
 * request may change: a link to `/etc/passwd`, `~/.ssh` or a folder of the
 * runner's must not be read into a packet.
 */
export async function linkOutside(absolute: string, profilesRoot: string): Promise<string | undefined> {
  const target = await realpath(absolute);
  const relative = path.relative(profilesRoot, target);
  const inside = relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
  return inside ? undefined : target;
}
