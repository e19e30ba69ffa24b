import type { VFile } from 'vfile';

/** A VFile's text, whether it holds a string or bytes (bytes are read as UTF-8). */
export function fileText(file: VFile): string {
  return typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
}

/** A VFile's lines as written, for a stage that cites or counts them by number. */
export const fileLines = (file: VFile): string[] => fileText(file).split(/\r?\n/);
