import type { Packet } from '../../model/packet.js';
import { packetMeta, renderHtml } from '../html.js';
import type { Paper } from '../../model/outputs.js';
import { checkTemplateDir } from '../template-files.js';
import type { PdfRenderer } from './pdf-renderer.js';

/** A packet as PDF, through the same HTML as `--format html` minus the CSS running head. */
export async function renderPdf(
  packet: Packet,
  renderer: Pick<PdfRenderer, 'render'>,
  options: { templateDir?: string | undefined; paper?: Paper | undefined } = {},
): Promise<Buffer> {
  const paper = options.paper ?? 'a4';
  const html = await renderHtml(packet, { templateDir: checkTemplateDir(options.templateDir), paper, forPdf: true });
  const meta = packetMeta(packet);
  const footer = packet.candidate ? `Prepared for ${packet.candidate.name ?? 'the candidate'}` : 'Worksheet';
  return renderer.render(html, { ...meta, footer, date: packet.builtAt, paper });
}
