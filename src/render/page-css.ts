import type { Paper } from '../model/outputs.js';

export const PAPER_SIZES: Record<Paper, { css: string; puppeteer: 'A4' | 'Letter' }> = {
  a4: { css: 'A4', puppeteer: 'A4' },
  letter: { css: 'letter', puppeteer: 'Letter' },
};

/** The grey of the running head and foot, as print.css's --muted: small print, so 7:1 on white. */
export const MARGIN_TEXT_COLOR = '#4d5861';

/** Page margins shared by the HTML print stylesheet and the PDF renderer. */
export const PAGE_MARGIN = { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } as const;

/**
 * A CSS string literal. Everything but plain characters is hex-escaped, so a
 * company name can neither end the string nor close the <style> element.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[^A-Za-z0-9 ,.·]/gu, (char) => `\\${(char.codePointAt(0) ?? 32).toString(16)} `)}"`;
}

/**
 * The @page rule. For HTML printed from a browser it carries the running
 * header (company and role) and footer ("page X of Y") as margin boxes; the
 * PDF renderer draws those with Chrome's header and footer templates instead.
 */
export function pageCss(paper: Paper, runningHead: string | null): string {
  const size = `size: ${PAPER_SIZES[paper].css};`;
  if (runningHead === null) return `@page { ${size} }\n`;
  const margin = `margin: ${PAGE_MARGIN.top} ${PAGE_MARGIN.right} ${PAGE_MARGIN.bottom} ${PAGE_MARGIN.left};`;
  const box = `font-size: 8pt; color: ${MARGIN_TEXT_COLOR};`;
  // One line in the margin, however long the company's name: a wrapped head would run into the text.
  const line = 'white-space: nowrap; overflow: hidden; text-overflow: ellipsis;';
  return [
    `@page { ${size} ${margin}`,
    `  @top-left { content: ${cssString(runningHead)}; ${box} ${line} }`,
    `  @bottom-right { content: "page " counter(page) " of " counter(pages); ${box} }`,
    '}',
    '',
  ].join('\n');
}
