export { parse, parseAll, parseOptionsOf, type ParseOptions } from './parse.js';
export { splitFrontMatter, FrontMatterError, type SplitDocument } from './front-matter.js';
export type { ChromeLine, FrontMatter, ParsedDocument } from './types.js';
