import type { Packet } from '../model/packet.js';
import { compileTemplate } from './compile-template.js';
import { normalizeMarkdown } from './normalize-markdown.js';
import { buildView } from './view.js';

/** How packet.md.hbs and its partials are fed: data escaped for markdown by the view. */
export const MARKDOWN_TEMPLATE = { noEscape: true, view: buildView };

/** packet.md.hbs over the escaped view, as the templates wrote it (before remark). */
export async function renderMarkdownSource(packet: Packet, templateDir?: string): Promise<string> {
  const render = await compileTemplate('packet.md.hbs', templateDir, MARKDOWN_TEMPLATE);
  return render(buildView(packet));
}

/** The markdown packet: the template output normalized by remark. */
export async function renderMarkdown(packet: Packet, templateDir?: string): Promise<string> {
  return normalizeMarkdown(await renderMarkdownSource(packet, templateDir));
}
