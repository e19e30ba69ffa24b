import type { Packet } from '../model/packet.js';
import { compileTemplate } from './compile-template.js';
import { normalizeMarkdown } from './normalize-markdown.js';
import { buildView } from './view.js';

/** The markdown packet: packet.md.hbs over the escaped view, normalized by remark. */
export async function renderMarkdown(packet: Packet, templateDir?: string): Promise<string> {
  const render = await compileTemplate('packet.md.hbs', templateDir, true);
  return normalizeMarkdown(render(buildView(packet)));
}
