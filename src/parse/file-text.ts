import type { VFile } from 'vfile';

/** A VFile's text, whether it holds a string or bytes (bytes are read as UTF-8). */
export function fileText(file: VFile): string {
  return typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
}
