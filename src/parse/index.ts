export { parse, type ParseOptions } from './parse.js';
export { parseAll, parseOptionsOf } from './parse-all.js';
export { splitFrontMatter, FrontMatterError, type SplitDocument } from './front-matter.js';
export type { ChromeLine, FrontMatter, ParsedDocument } from './types.js';
