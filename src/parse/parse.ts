import type { VFile } from 'vfile';
import '../read/data-map.js';
import { fatal, hasFailed } from '../read/report.js';
import { countLines, normalizeText } from '../read/text.js';
import { detectKind } from './detect-kind.js';
import { FrontMatterError, splitFrontMatter } from './front-matter.js';
import { parseMarkdown } from './parse-markdown.js';
import { readText } from './text-reader.js';
import type { ParsedDocument } from './types.js';

/**
 * Parse stage: front matter → kind → tree. A document that cannot be parsed
 * gets a fatal message and `undefined`, so later stages skip it and the
 * other documents go on.
 */
export function parse(file: VFile): ParsedDocument | undefined {
  if (file.data.skipped === true || hasFailed(file)) return undefined;
  const relative = file.data.relative ?? file.path;
  try {
    const text = normalizeText(String(file.value ?? ''));
    const { frontMatter, body } = splitFrontMatter(text);
    const kind = detectKind(body);
    const { tree, chrome } = kind === 'markdown' ? { tree: parseMarkdown(body), chrome: [] } : readText(body);
    return { file, relative, kind, frontMatter, tree, chrome, lines: countLines(text) };
  } catch (error) {
    if (error instanceof FrontMatterError) {
      fatal(file, `${error.message} in \`${relative}\` at line ${error.line}; fix or remove the front matter`, 'front-matter', { line: error.line });
    } else {
      fatal(file, `Cannot parse \`${relative}\`: ${(error as Error).message}`, 'parse-error');
    }
    return undefined;
  }
}
