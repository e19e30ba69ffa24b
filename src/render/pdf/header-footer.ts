import { MARGIN_TEXT_COLOR, PAGE_MARGIN } from '../page-css.js';

/** Chrome's header and footer templates are HTML: names go in escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Header and footer render outside the page's stylesheet, so they carry their own style.
const ROW =
  'font-family: system-ui, Arial, "DejaVu Sans", sans-serif; font-size: 7.5pt; ' +
  `color: ${MARGIN_TEXT_COLOR}; ` +
  `box-sizing: border-box; width: 100%; padding: 0 ${PAGE_MARGIN.right} 0 ${PAGE_MARGIN.left}; ` +
  'display: flex; justify-content: space-between; gap: 1.5em; white-space: nowrap;';

// A running line stays one line in the page margin: a long name ends in "…" rather than wrapping into the text.
const SHRINK = 'overflow: hidden; text-overflow: ellipsis; min-width: 0;';

/** The side that must always show whole: the date, the page numbers. */
const KEEP = 'flex: none;';

function span(style: string, html: string): string {
  return `<span style='${style}'>${html}</span>`;
}

/**
 * Company and role on the left, shortened from the company's end when the
 * line is too long, so that the role still shows; the date on the right.
 * (A flex item drops its leading space, hence the no-break space before "·".)
 */
export function headerTemplate(runningHead: string, date: string): string {
  const cut = runningHead.lastIndexOf(' · ');
  const head =
    cut < 0
      ? span(SHRINK, escapeHtml(runningHead))
      : span(`display: flex; ${SHRINK}`, span(SHRINK, escapeHtml(runningHead.slice(0, cut))) + span(`flex: none; max-width: 50vw; ${SHRINK}`, `&#160;${escapeHtml(runningHead.slice(cut + 1))}`));
  return `<div style='${ROW}'>${head}${span(KEEP, escapeHtml(date))}</div>`;
}

export function footerTemplate(left: string): string {
  return `<div style='${ROW}'>${span(SHRINK, escapeHtml(left))}${span(KEEP, 'page <span class="pageNumber"></span> of <span class="totalPages"></span>')}</div>`;
}
