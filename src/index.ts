/** The library: compile a profiles folder into one typed company model, and tailor it into packets. */
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

/** Tailoring: a company model, one role and optionally a candidate, into a packet. */
export { tailor, type TailorOptions } from './tailor/tailor.js';
export { resolveRole } from './tailor/resolve-role.js';
export { loadCandidate } from './candidate/load-candidate.js';
export type { Candidate, Evidence, EvidenceKind } from './candidate/types.js';
export { Packet, PACKET_SCHEMA_VERSION } from './model/packet.js';

/** Rendering: a packet as markdown, HTML, JSON or PDF, and writing it safely. */
export {
  renderPacket,
  renderPdf,
  PdfRenderer,
  withPdfRenderer,
  writePackets,
  findBrowser,
  parseFormats,
  outputName,
  FORMATS,
  type Format,
  type TextFormat,
  type RenderOptions,
  type PdfMeta,
  type PdfRendererOptions,
  type WriteOptions,
  type Written,
  type Paper,
} from './render/index.js';
