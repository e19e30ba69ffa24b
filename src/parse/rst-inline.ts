/**
 * reStructuredText's inline markup as markdown's: ``` ``code`` ``` →
 * `` `code` ``, `` `text <url>`_ `` → `[text](url)`, `` `text`_ `` and
 * `` :role:`text` `` → `text` (a role's `<target>` dropped), and `|name|`
 * substitutions, which only Sphinx can fill in, dropped.
 */
export function rstInline(text: string): string {
  return text
    .replace(/``([^`\n]+)``/g, '`$1`')
    .replace(/`([^`<\n]+?)\s*<([^>\s]+)>`__?/g, '[$1]($2)')
    .replace(/:[\w:+-]+:`([^`<\n]+?)(?:\s*<[^>\n]*>)?`/g, '$1')
    .replace(/`([^`\n]+)`__?/g, '$1')
    .replace(/(^|\s)\|[\w -]+\|(?=$|[\s.,;:])/g, '$1')
    .replace(/[^\S\n]{2,}/g, ' ');
}
