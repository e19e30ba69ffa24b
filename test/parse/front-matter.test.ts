import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { FrontMatterError, parse, splitFrontMatter } from '../../src/parse/index.js';

function fileOf(value: string, relative = 'acme/notes.md'): VFile {
  return new VFile({ path: `profiles/${relative}`, value, data: { relative } });
}

describe('splitFrontMatter', () => {
  it('normalizes dates, aliases and unknown keys', () => {
    const { frontMatter } = splitFrontMatter('---\ncompany: Acme\naliases: acme-co\nas_of: 2024-05-01\nteam: Core\n---\nbody\n');
    expect(frontMatter).toEqual({ company: 'Acme', aliases: ['acme-co'], asOf: '2024-05-01', extra: { team: 'Core' } });
  });

  it('reads build options as lower-cased words, from a list or a comma string', () => {
    expect(splitFrontMatter('---\nformats: [MD, pdf]\npaper: Letter\n---\n').frontMatter).toMatchObject({ formats: ['md', 'pdf'], paper: 'letter' });
    expect(splitFrontMatter('---\nformat: md, html\n---\n').frontMatter.formats).toEqual(['md', 'html']);
  });

  it('keeps a list of aliases and a datetime as its date', () => {
    const { frontMatter } = splitFrontMatter('---\naliases: [nflx, "Netflix Inc"]\nas_of: 2024-05-01T23:00:00Z\n---\n');
    expect(frontMatter.aliases).toEqual(['nflx', 'Netflix Inc']);
    expect(frontMatter.asOf).toBe('2024-05-01');
  });

  it('never lets __proto__ or constructor keys pollute or be honoured', () => {
    const { frontMatter } = splitFrontMatter('---\n__proto__:\n  polluted: yes\nconstructor: 1\nrole: SRE\n---\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(frontMatter.extra)).toBe(Object.prototype);
    expect(Object.keys(frontMatter.extra)).toEqual([]);
    expect((frontMatter as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(frontMatter.role).toBe('SRE');
  });

  it('refuses ---js front matter without running it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prep-js-'));
    const marker = path.join(dir, 'ran');
    const code = `---js\n{ x: require('fs').writeFileSync(${JSON.stringify(marker)}, 'x') }\n---\nbody\n`;
    expect(() => splitFrontMatter(code)).toThrow(FrontMatterError);
    expect(() => splitFrontMatter(code.replace('---js', '---javascript'))).toThrow(FrontMatterError);
    expect(existsSync(marker)).toBe(false);
  });

  it('reads a one-item role list as that role, and a list of several as no role', () => {
    expect(splitFrontMatter('---\nrole: [Data Engineer]\n---\nbody\n').frontMatter.role).toBe('Data Engineer');
    const several = splitFrontMatter('---\nrole:\n  - Data Engineer\n  - Backend Engineer\n---\nbody\n').frontMatter;
    expect([several.role, several.roles]).toEqual([undefined, ['Data Engineer', 'Backend Engineer']]);
    // An author's own `roles:` key is theirs, not a list prep read from `role:`.
    const own = splitFrontMatter('---\nroles: [a, b]\n---\nbody\n').frontMatter;
    expect([own.roles, own.extra.roles]).toEqual([undefined, ['a', 'b']]);
  });

  it('refuses +++ TOML front matter with a hint, and leaves a body that only starts with +++ alone', () => {
    expect(() => splitFrontMatter('+++\ncompany = "Acme"\n+++\n# Acme\n')).toThrow(/TOML front matter.*line 1; rewrite the block as YAML/);
    expect(splitFrontMatter('+++ launch notes\n\nbody\n').present).toBe(false);
  });

  it.each(['constructor', 'toString', 'coffee', 'JS '])('refuses ---%s front matter instead of reading it with something else', (language) => {
    expect(() => splitFrontMatter(`---${language}\ncompany: Acme\n---\nbody\n`)).toThrow(FrontMatterError);
  });

  it('reads ---yaml and ---yml like a bare ---', () => {
    expect(splitFrontMatter('---yaml\ncompany: Acme\n---\n').frontMatter.company).toBe('Acme');
    expect(splitFrontMatter('---yml\ncompany: Acme\n---\n').frontMatter.company).toBe('Acme');
  });

  it('reports broken YAML at its file line', () => {
    const error = (() => {
      try {
        splitFrontMatter('---\ncompany: Acme\naliases: [a, b\nrole: x\n---\nbody\n');
      } catch (e) {
        return e as FrontMatterError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FrontMatterError);
    // The bracket opened on line 3 is found unclosed on line 4.
    expect(error?.line).toBe(4);
  });

  it('blanks the block so body lines keep their file line numbers', () => {
    const text = '---\ncompany: Acme\n---\n# Title\n';
    const { body } = splitFrontMatter(text);
    expect(body.length).toBe(text.length);
    expect(body.split('\n')[3]).toBe('# Title');
  });

  it('leaves a document that merely starts with a rule alone', () => {
    expect(splitFrontMatter('---\nJust text\n').present).toBe(false);
    const ruled = '---\n# Title\nSome text\n---\nMore\n';
    expect(splitFrontMatter(ruled)).toEqual({ frontMatter: { extra: {} }, body: ruled, present: false });
    expect(splitFrontMatter('---\n- a\n- b\n---\n').present).toBe(false);
  });
});

describe('parse with front matter', () => {
  it('keeps markdown positions on the original lines', () => {
    const doc = parse(fileOf('---\nrole: SRE\n---\n\n# Acme\n\n## Tech Stack\n- **Languages**: Go\n'));
    expect(doc?.kind).toBe('markdown');
    expect(doc?.frontMatter.role).toBe('SRE');
    const [h1, h2, list] = doc?.tree.children ?? [];
    expect(h1?.position?.start.line).toBe(5);
    expect(h2?.position?.start.line).toBe(7);
    expect(list?.position?.start.line).toBe(8);
  });

  it('reads a document of front matter only as markdown with its keys, and says there is nothing else in it', () => {
    const file = fileOf('---\ncompany: Kestrel\naliases: [kb]\n---\n');
    const doc = parse(file);
    expect([doc?.kind, doc?.frontMatter.company, doc?.tree.children.length]).toEqual(['markdown', 'Kestrel', 0]);
    expect(file.messages.map((m) => [m.ruleId, m.fatal ?? false])).toEqual([['front-matter-only', false]]);
  });

  it('turns broken YAML into a fatal message placed at its line (the reason does not repeat the place), and returns undefined', () => {
    const file = fileOf('---\ncompany: Acme\nrole: [SRE\nas_of: 2024-01-01\n---\nbody\n');
    expect(parse(file)).toBeUndefined();
    const [message] = file.messages;
    expect(message?.fatal).toBe(true);
    expect(message?.reason).toMatch(/^Unexpected broken YAML front matter .*; fix the YAML/);
    expect(message?.reason).not.toMatch(/notes\.md|line 4/);
    expect([message?.file, message?.line]).toEqual([file.path, 4]);
  });
});
