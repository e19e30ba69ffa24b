/** The render stage as a library: packets to markdown, HTML, JSON and PDF. */
export { renderPacket, FORMATS, type Format, type TextFormat, type RenderOptions } from './render-packet.js';
export { renderPdf } from './pdf/render-pdf.js';
export { PdfRenderer, withPdfRenderer, type PdfMeta, type PdfRendererOptions } from './pdf/pdf-renderer.js';
export { findBrowser } from './pdf/find-browser.js';
export { writePackets, type WriteOptions, type Written } from './write-packets.js';
export { parseFormats } from '../output/formats.js';
export { outputName } from '../output/output-path.js';
export type { Paper } from '../model/outputs.js';
