/** The library: compile a profiles folder into one typed company model. */
export { compile, type Compiled } from './compile.js';
export {
  Company,
  Role,
  RoleFamily,
  Product,
  Swot,
  Okr,
  Retrospective,
  Overview,
  SourceDocument,
  Gap,
  Unmapped,
  SkillsMapRow,
  EntryPathway,
  COMPANY_SCHEMA_VERSION,
} from './model/company.js';
export { Fact, Scalar, Money, Source } from './model/source.js';
export type { Diagnostic, Severity } from './diagnostics/diagnostic.js';
export { listCompanies, resolveCompanyDir } from './read/index.js';
