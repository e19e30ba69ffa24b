import type { Element, Nodes } from 'hast';
import { ContentError } from '../errors.js';

/** Elements that run code, load something, or send something away. */
const ACTIVE = new Set([
  'script', 'noscript', 'img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'link', 'base', 'form', 'portal', 'use',
]);
/** Properties (as hast names them) whose value is a URL the browser fetches or follows. */
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'background', 'data', 'ping', 'xLinkHref', 'manifest']);
/** A URL that stays inside the document: a fragment or inline data. */
const INLINE_URL = /^\s*(?:#|data:(?!text\/html))/i;
/** A link the reader may follow, as the sanitized body allows them: it loads nothing by itself. */
const LINK_URL = /^\s*(?:#|https?:|mailto:)/i;
/** CSS that fetches: an import, or a url() that is not inline data or a fragment. */
const CSS_FETCH = /@import|url\(\s*(?!['"]?\s*(?:data:|#))/i;

function styleText(element: Element): string {
  const own = element.tagName === 'style' ? element.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
  const attribute = element.properties.style;
  return `${own}${typeof attribute === 'string' ? attribute : ''}`;
}

/** What in one element would run or load something, or undefined. */
function activeIn(element: Element): { what: string; css: boolean } | undefined {
  if (ACTIVE.has(element.tagName)) return { what: `<${element.tagName}>`, css: false };
  if (element.tagName === 'meta' && /refresh/i.test(String(element.properties.httpEquiv ?? ''))) return { what: '<meta http-equiv="refresh">', css: false };
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) return { what: `an event handler (${name.toLowerCase()})`, css: false };
    const urls = Array.isArray(value) ? value.map(String) : [String(value)];
    const allowed = element.tagName === 'a' && name === 'href' ? LINK_URL : INLINE_URL;
    if (URL_PROPERTIES.has(name) && urls.some((url) => !allowed.test(url))) return { what: `a link or source (${name}="${urls.join(' ')}")`, css: false };
  }
  const css = CSS_FETCH.exec(styleText(element));
  // `url(…)` or `@import`, named as it starts, so the reason stays one balanced line.
  return css ? { what: `CSS that loads a resource (\`${css[0].trim().toLowerCase().startsWith('url') ? 'url(…)' : '@import'}\`)`, css: true } : undefined;
}

function findActive(node: Nodes): { what: string; css: boolean } | undefined {
  if (node.type === 'element') {
    const found = activeIn(node);
    if (found) return found;
  }
  if (!('children' in node)) return undefined;
  for (const child of node.children) {
    const found = findActive(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Refuses an HTML packet that would run code or load anything: the body is
 * sanitized, but a `--template` directory's document.html.hbs and print.css
 * are printed as they are. Names the file the problem most likely comes from.
 */
export async function checkDocument(html: string, files: { document: string; css: string }): Promise<void> {
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  const found = findActive(unified().use(rehypeParse).parse(html));
  if (!found) return;
  throw new ContentError(`${found.css ? files.css : files.document}: unexpected ${found.what} in the HTML packet, expected a document that runs and loads nothing`, {
    hint: 'A packet is standalone: inline CSS and data: images only, no script, event handlers, remote fonts, images or stylesheets. Remove it from the template.',
  });
}
