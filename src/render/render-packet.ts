import type { Packet } from '../model/packet.js';
import type { Paper, TextFormat } from '../model/outputs.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { checkTemplateDir } from './template-files.js';

export { FORMATS, type Format, type TextFormat } from '../model/outputs.js';

export interface RenderOptions {
  format: TextFormat;
  /** Directory whose templates override the built-in ones by file name. */
  templateDir?: string | undefined;
  paper?: Paper | undefined;
}

/**
 * Renders a packet as text. Pure in its inputs: the same packet gives
 * byte-identical output (the only date printed is packet.builtAt).
 */
export async function renderPacket(packet: Packet, options: RenderOptions): Promise<string> {
  const templateDir = checkTemplateDir(options.templateDir);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(packet, null, 2)}\n`;
    case 'md':
      return renderMarkdown(packet, templateDir);
    case 'html':
      return renderHtml(packet, { templateDir, paper: options.paper ?? 'a4' });
  }
}
