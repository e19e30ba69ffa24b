/** What a file-system error code means for a path the user gave, in words, with the code for searching. */
const WORDS: Record<string, string> = {
  EEXIST: 'a file is in the way',
  EISDIR: 'it is a directory',
  ENOTDIR: 'part of the path is a file',
  ENOENT: 'part of the path does not exist or cannot hold folders',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  ENAMETOOLONG: 'the name is too long',
};

export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return WORDS[code] ? `${WORDS[code]}, ${code}` : code;
}
