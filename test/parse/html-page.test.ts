import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { htmlToMarkdown } from '../../src/parse/html-to-markdown.js';
import { isHtmlPage, parseHtmlPage } from '../../src/parse/html-page.js';
import { parse } from '../../src/parse/parse.js';
import { extract } from '../../src/extract/extract.js';
import { merge } from '../../src/merge/merge.js';

const PAGE = [
  '<!DOCTYPE html>', // 1
  '<html><head><title>Careers | Acme</title>',
  '<style>.hero h2 { color: red }</style>',
  '<script>if (a < b) { document.write("<h2>Fake</h2>") }</script>',
  '</head><body>', // 5
  '<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>',
  '<h2>About us</h2>',
  '<ul><li><strong>Founded:</strong> 2011</li>',
  '<li><strong>Headquarters:</strong> Porto, Portugal</li></ul>',
  '<h2>Open roles</h2>', // 10
  '<h3>Data Engineer</h3>',
  '<p class="meta">Porto &middot; Hybrid</p>',
  '<h4>What you&rsquo;ll do</h4>',
  '<ul><li>Run the * pipelines',
  '  <ul><li>nightly loads</li></ul></li>', // 15
  '<li>Keep costs down</li></ul>',
  '<a class="btn btn-primary" href="/apply">Apply now</a>',
  '<h2>Interview loop</h2><table><tr><th>Step</th><th>Who</th></tr><tr><td>1</td><td></td></tr></table>',
  '<footer>&copy; 2025 Acme</footer>',
  '</body></html>', // 20
].join('\n');

describe('a saved web page', () => {
  it('is told from markdown that merely holds some HTML', () => {
    expect(isHtmlPage(PAGE)).toBe(true);
    expect(isHtmlPage('  <html lang="en">\n<body>x</body></html>')).toBe(true);
    expect(isHtmlPage('# Notes\n\n<details>\n<summary>x</summary>\n</details>')).toBe(false);
  });

  it('becomes markdown of its text, each line mapped to the page line it came from', () => {
    const { markdown, lines } = htmlToMarkdown(PAGE);
    const withLines = markdown.split('\n').map((text, i) => `${lines[i]} ${text}`).filter((line) => !/^\d+ $/.test(line));
    expect(withLines).toEqual([
      '7 ## About us',
      '8 - **Founded:** 2011',
      '9 - **Headquarters:** Porto, Portugal',
      '10 ## Open roles',
      '11 ### Data Engineer',
      '12 Porto &middot; Hybrid',
      '13 #### What you&rsquo;ll do',
      '14 - Run the \\* pipelines',
      '15   - nightly loads',
      '16 - Keep costs down',
      '18 ## Interview loop',
      '18 | Step | Who |',
      '18 | --- | --- |',
      '18 | 1 |  |',
    ]);
  });

  it('leaves out the head, scripts, styles, navigation, buttons and footer, and counts their lines as chrome', () => {
    const { tree, chrome } = parseHtmlPage(PAGE);
    const text = JSON.stringify(tree);
    for (const hidden of ['Careers | Acme', 'color: red', 'Fake', 'Home', 'Apply now', '2025 Acme']) expect(text).not.toContain(hidden);
    expect(chrome.map((c) => c.line)).toEqual([1, 2, 3, 4, 5, 6, 17, 19, 20]);
  });

  it('gives its facts and opening to the company, cited at the page lines', () => {
    const file = new VFile({ path: 'acme/careers.md', value: PAGE, data: { relative: 'acme/careers.md' } });
    const doc = parse(file)!;
    const company = merge([extract(doc, 'acme')], 'acme');
    expect(company.overview.founded?.text).toBe('2011');
    expect(company.roles.map((r) => r.title)).toEqual(['Data Engineer']);
    const role = company.roles[0]!;
    expect(role.responsibilities.map((f) => [f.text, f.source.line])).toEqual([['Run the * pipelines (nightly loads)', 14], ['Keep costs down', 16]]);
    expect(role.notes.map((n) => n.text)).toEqual(['Porto · Hybrid']);
    expect(company.unmapped).toEqual([]);
  });

  it('never throws, and maps every markdown line to a page line in order', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<ul>', '</ul>', '<h2>', '</h2>', '<tr>', '<td>', '</tr>', '<table>', '<script>', '</script>', '<!--', '-->', '<b>', '</b>', '<', '>', '\n', 'text', ' ', '&amp;', '|', '*', '# ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const html = `<html>${pieces.join('')}`;
      const { markdown, lines } = htmlToMarkdown(html);
      const pageLines = html.split('\n').length;
      expect(lines).toHaveLength(markdown === '' ? 0 : markdown.split('\n').length);
      lines.forEach((line, i) => {
        expect(line).toBeGreaterThanOrEqual(i === 0 ? 1 : lines[i - 1]!);
        expect(line).toBeLessThanOrEqual(pageLines);
      });
      parseHtmlPage(html);
    }), { numRuns: 2000 });
  });
});
