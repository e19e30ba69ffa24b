export { parse } from './parse.js';
export { detectKind, scoreKind, type DocumentKind } from './detect-kind.js';
export { splitFrontMatter, normalizeFrontMatter, FrontMatterError, type SplitDocument } from './front-matter.js';
export { parseMarkdown } from './parse-markdown.js';
export { readText } from './text-reader.js';
export type { ChromeLine, FrontMatter, ParsedDocument } from './types.js';
