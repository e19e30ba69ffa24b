import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { isHtmlPage } from '../../src/parse/html-page.js';
import { parseHtmlPage } from '../../src/parse/html-reader.js';
import { parse } from '../../src/parse/parse.js';
import { parseOptionsOf } from '../../src/parse/parse-all.js';
import { nodesOfType } from './mdast-helpers.js';
import { textOf } from '../../src/classify/text.js';
import { modelOfText } from '../helpers/model.js';

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

  it('becomes blocks of its text, each at the page line that holds the text', () => {
    const { tree } = parseHtmlPage(PAGE);
    const blocks = ['heading', 'paragraph', 'tableRow'].flatMap((type) => nodesOfType(tree, type))
      .map((node) => `${node.position?.start.line} ${node.type} ${toString(node.type === 'tableRow' ? { type: 'paragraph', children: node.children.flatMap((cell) => [...cell.children, { type: 'text', value: '|' }]) } : node)}`)
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    expect(blocks).toEqual([
      '7 heading About us',
      '8 paragraph Founded: 2011',
      '9 paragraph Headquarters: Porto, Portugal',
      '10 heading Open roles',
      '11 heading Data Engineer',
      '12 paragraph Porto · Hybrid',
      '13 heading What you’ll do',
      '14 paragraph Run the * pipelines',
      '15 paragraph nightly loads',
      '16 paragraph Keep costs down',
      '18 heading Interview loop',
      '18 tableRow Step|Who|',
      '18 tableRow 1||',
    ]);
  });

  it('is told by its XML prolog when it is XHTML', () => {
    const xhtml = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">';
    expect(isHtmlPage(xhtml)).toBe(true);
    expect(isHtmlPage('<?xml version="1.0"?>\n<html><body><p>x</p></body></html>')).toBe(true);
    expect(isHtmlPage('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toBe(false);
  });

  it('leaves out the head, scripts, styles, navigation, buttons and footer, and counts their lines as chrome', () => {
    const { tree, chrome } = parseHtmlPage(PAGE);
    const text = JSON.stringify(tree);
    for (const hidden of ['Careers | Acme', 'color: red', 'Fake', 'Home', 'Apply now', '2025 Acme']) expect(text).not.toContain(hidden);
    expect(chrome.map((c) => c.line)).toEqual([1, 2, 3, 4, 5, 6, 17, 19, 20]);
  });

  it('gives its facts and opening to the company, cited at the page lines', async () => {
    const { company } = modelOfText('acme/careers.md', PAGE, await parseOptionsOf([new VFile({ path: 'acme/careers.md', value: PAGE })]));
    expect(company.overview.founded?.text).toBe('2011');
    expect(company.roles.map((r) => r.title)).toEqual(['Data Engineer']);
    const role = company.roles[0]!;
    expect(role.responsibilities.map((f) => [f.text, f.source.line])).toEqual([['Run the * pipelines (nightly loads)', 14], ['Keep costs down', 16]]);
    expect(role.notes.map((n) => n.text)).toEqual(['Porto · Hybrid']);
    expect(company.unmapped).toEqual([]);
  });

  it('cites each field of a paragraph broken by <br> at its own page line, whether or not the lines share one', async () => {
    const fields = (html: string): string[] => {
      const { overview } = modelOfText('acme/page.md', html, { readHtmlPage: parseHtmlPage }).company;
      return [overview.founded, overview.headquarters, overview.employees].map((f) => `${f?.source.line} ${f?.text}`);
    };
    const head = '<!DOCTYPE html>\n<h1>Acme Pumps</h1>\n<h2>Company facts</h2>\n';
    expect(fields(`${head}<p><b>Founded:</b> 2011<br><b>Headquarters:</b> Porto<br><b>Employees:</b> 40</p>`)).toEqual(['4 2011', '4 Porto', '4 40']);
    expect(fields(`${head}<p><b>Founded:</b> 2011<br>\n<b>Headquarters:</b> Porto<br><b>Employees:</b> 40</p>`)).toEqual(['4 2011', '5 Porto', '5 40']);
    expect(fields(`${head}<p><b>Founded:</b> 2011<br>\n<b>Headquarters:</b> Porto<br>\n<b>Employees:</b> 40</p>`)).toEqual(['4 2011', '5 Porto', '6 40']);
    // In a list item too, with another item on the next line: never that line.
    expect(fields(`${head}<ul>\n<li><b>Founded:</b> 2011<br><b>Headquarters:</b> Porto<br><b>Employees:</b> 40</li>\n<li>Family owned</li>\n</ul>`)).toEqual(['5 2011', '5 Porto', '5 40']);
    expect(fields(`${head}<ul><li><b>Founded:</b> 2011<br>\n<b>Headquarters:</b> Porto<br><b>Employees:</b> 40</li>\n<li>Family owned</li></ul>`)).toEqual(['4 2011', '5 Porto', '5 40']);
  });

  it('reads a link to elsewhere on the site as its words, and keeps a web address', () => {
    const { tree } = parseHtmlPage('<html><p>Review <a href="/hw">hardware</a>, <a href="javascript:x()">run</a> and <a href="https://acme.example/blog">our blog</a></p>');
    expect(textOf(tree)).toBe('Review hardware, run and our blog (https://acme.example/blog)');
  });

  it('is parsed only with the page reader loaded for it, which a company without a page never loads', async () => {
    const page = new VFile({ path: 'acme/careers.md', value: PAGE, data: { relative: 'acme/careers.md' } });
    const note = new VFile({ path: 'acme/notes.md', value: '# Notes\n\n<b>bold</b>\n', data: { relative: 'acme/notes.md' } });
    expect((await parseOptionsOf([note])).readHtmlPage).toBeUndefined();
    expect((await parseOptionsOf([note, page])).readHtmlPage).toBeTypeOf('function');
    expect(parse(page, {})).toBeUndefined();
    expect(page.messages.map((m) => m.ruleId)).toContain('parse-error');
  });
});
