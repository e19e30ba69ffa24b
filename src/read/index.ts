import './data-map.js';

export { listCompanies, resolveCompanyDir } from './companies.js';
export { emptyCompanyDiagnostic, folderDiagnostics } from './folder-diagnostics.js';
export { load, type LoadOptions } from './load.js';
export { fatal } from './report.js';
