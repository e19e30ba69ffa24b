import path from 'node:path';
import { UsageError } from '../errors.js';
import { FORMATS, type Format } from '../model/outputs.js';

const ALIASES: Record<string, Format> = { markdown: 'md', htm: 'html' };

function toFormat(name: string): Format | undefined {
  const lower = name.trim().toLowerCase();
  return (FORMATS as readonly string[]).includes(lower) ? (lower as Format) : ALIASES[lower];
}

/**
 * The formats to build from `--format` (a comma list). Without it, the
 * extension of `-o FILE` decides, then markdown.
 */
export function parseFormats(list: string | undefined, output?: string): Format[] {
  if (list === undefined) {
    const fromExtension = output && output !== '-' ? toFormat(path.extname(output).slice(1)) : undefined;
    return [fromExtension ?? 'md'];
  }
  const formats: Format[] = [];
  for (const name of list.split(',')) {
    if (name.trim() === '') continue;
    const format = toFormat(name);
    if (!format) {
      throw new UsageError(`unknown format "${name.trim()}" in --format ${list}`, {
        hint: `Use ${FORMATS.join(', ')}, or a comma list such as md,pdf.`,
      });
    }
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw new UsageError('--format is empty', { hint: `Use ${FORMATS.join(', ')}.` });
  return formats;
}
