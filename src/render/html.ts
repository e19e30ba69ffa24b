import { readFile } from 'node:fs/promises';
import type { Packet } from '../model/packet.js';
import { compileTemplate } from './compile-template.js';
import { renderMarkdownSource } from './markdown.js';
import { markdownToHtml } from './markdown-to-html.js';
import type { Paper } from '../model/outputs.js';
import { pageCss } from './page-css.js';
import { locateTemplate } from './template-files.js';
import { checkDocument } from './check-document.js';
import { shownPath } from '../output/shown-path.js';

export interface HtmlOptions {
  templateDir?: string | undefined;
  paper: Paper;
  /** The PDF renderer draws its own header and footer. */
  forPdf?: boolean;
}

/** Title, author and subject: the HTML head and the PDF metadata. */
export function packetMeta(packet: Packet): { title: string; author: string; subject: string; runningHead: string } {
  const subject = `Interview preparation for the ${packet.role.title} role at ${packet.company.name}`;
  return {
    title: `${packet.company.name}: ${packet.role.title}`,
    author: packet.candidate?.name ?? 'prep',
    subject,
    runningHead: `${packet.company.name} · ${packet.role.title}`,
  };
}

/** The data of document.html.hbs. */
function documentView(packet: Packet, css: string, body: string): Record<string, string> {
  return { ...packetMeta(packet), prepVersion: packet.prepVersion, css, body };
}

/** How document.html.hbs is fed: raw strings, escaped by Handlebars. */
export const DOCUMENT_TEMPLATE = { noEscape: false, view: (packet: Packet) => documentView(packet, '', '') };

/** A standalone, sanitized HTML document: inline CSS, no script, nothing loaded from elsewhere. */
export async function renderHtml(packet: Packet, options: HtmlOptions): Promise<string> {
  // From the template output directly: the same tree the markdown packet is printed from, parsed once.
  const body = await markdownToHtml(await renderMarkdownSource(packet, options.templateDir));
  const meta = packetMeta(packet);
  const css = await readFile(locateTemplate('print.css', options.templateDir), 'utf8');
  const page = pageCss(options.paper, options.forPdf ? null : meta.runningHead);
  const document = await compileTemplate('document.html.hbs', options.templateDir, DOCUMENT_TEMPLATE);
  const html = document(documentView(packet, `${css.trimEnd()}\n${page}`.replaceAll('</', '<\\/'), body.trim()));
  // The built-in templates are held to this by a test; an override's are checked on what they print.
  if (options.templateDir) await checkDocument(html, overrideFiles(options.templateDir));
  return html;
}

const overrideFiles = (dir: string) => ({
  document: shownPath(locateTemplate('document.html.hbs', dir)),
  css: shownPath(locateTemplate('print.css', dir)),
});
