/** Chrome's header and footer templates are HTML: names go in escaped. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// Header and footer render outside the page's stylesheet, so they carry their own style.
const STYLE =
  'font-family: system-ui, Arial, "DejaVu Sans", sans-serif; font-size: 7.5pt; color: #5f6b76; ' +
  'width: 100%; margin: 0 16mm; display: flex; justify-content: space-between;';

export function headerTemplate(runningHead: string, date: string): string {
  return `<div style='${STYLE}'><span>${escapeHtml(runningHead)}</span><span>${escapeHtml(date)}</span></div>`;
}

export function footerTemplate(left: string): string {
  return (
    `<div style='${STYLE}'><span>${escapeHtml(left)}</span>` +
    `<span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}
