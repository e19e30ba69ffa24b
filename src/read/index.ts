import './data-map.js';

export { listCompanies, resolveCompanyDir, similarIds, isCompanyId } from './companies.js';
export { load, DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, type LoadOptions } from './load.js';
export { decode, type DecodeResult } from './decode.js';
export { normalizeText, countLines } from './text.js';
export { fatal, hasFailed, type Place } from './report.js';
