/**
 * A whole web page saved as a document ("View source", "Save page as… HTML
 * only"), whatever its extension: a doctype or `<html>` first, after an XML
 * prolog (XHTML) and a comment if any. Markdown that merely holds some HTML
 * is not one. Cheap on purpose: the HTML reader itself is loaded only for a
 * page (`html-reader.ts`).
 */
export function isHtmlPage(body: string): boolean {
  return /^\s*(?:<\?xml[^<>]*\?>\s*)?(?:<!--[^]*?-->\s*)?<(?:!doctype\s+html\b|html[\s>])/i.test(body.slice(0, 4096));
}
