import type { Packet } from '../model/packet.js';
import { compileTemplate } from './compile-template.js';
import { normalizeMarkdown } from './normalize-markdown.js';
import { buildView } from './view.js';

/** packet.md.hbs over the escaped view, as the templates wrote it (before remark). */
export async function renderMarkdownSource(packet: Packet, templateDir?: string): Promise<string> {
  const render = await compileTemplate('packet.md.hbs', templateDir, { noEscape: true, view: buildView });
  return render(buildView(packet));
}

/** The markdown packet: the template output normalized by remark. */
export async function renderMarkdown(packet: Packet, templateDir?: string): Promise<string> {
  return normalizeMarkdown(await renderMarkdownSource(packet, templateDir));
}
