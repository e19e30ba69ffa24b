import { distance } from 'fastest-levenshtein';
import { ContentError } from '../errors.js';
import type { TemplateFile } from './template-files.js';

/** A place in a template as Handlebars gives it: 1-based line, 0-based column. */
export interface TemplatePlace {
  line: number;
  column: number;
}

/** `file:line:col: message` with a 1-based column, as editors and compilers print it. */
export function templateProblem(file: TemplateFile, place: TemplatePlace | undefined, message: string, hint: string, cause?: unknown): ContentError {
  const where = place ? `:${place.line}:${place.column + 1}` : '';
  return new ContentError(`${file.display}${where}: ${message}`, { hint, ...(cause === undefined ? {} : { cause }) });
}

/** `Did you mean "requirement"?` for a name a few edits from a known one (a swap of two letters is two). */
export function didYouMean(name: string, known: Iterable<string>): string {
  let best: { word: string; cost: number } | undefined;
  for (const word of known) {
    const cost = distance(name.toLowerCase(), word.toLowerCase());
    if (cost <= Math.min(2, Math.ceil(word.length / 3)) && (!best || cost < best.cost)) best = { word, cost };
  }
  return best ? `Did you mean "${best.word}"? ` : '';
}

/** `a, b, c` or the first few and a count, for a hint line. */
export function listNames(names: readonly string[], limit = 14): string {
  const shown = names.slice(0, limit).join(', ');
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

const SYNTAX_HINT = 'Check the braces around that line: {{field}}, {{#each list}}…{{/each}}.';

/** Handlebars' grammar tokens a template writer meets most, as they are written in a template. */
const TOKENS: Record<string, string> = {
  INVERSE: '{{else}}', OPEN_INVERSE_CHAIN: '{{else …}}', OPEN_ENDBLOCK: '{{/…}}', CLOSE: '}}', CLOSE_UNESCAPED: '}}}',
  NUMBER: 'number (a list item is written list.[0])',
};

/** What Handlebars' parser met, in the words of a template writer rather than of its grammar. */
function unexpected(token: string): string {
  if (token === 'EOF') return 'the file ends inside a block or a {{…}}: a {{#name}} has no {{/name}}';
  if (token === 'INVALID') return 'unexpected character or unclosed {{…}}';
  return `unexpected ${TOKENS[token] ?? token.toLowerCase().replaceAll('_', ' ')}`;
}

/** A parse error (`Parse error on line 3: … got 'EOF'`) or a block closed by another name (`each doesn't match if - 3:2`). */
function syntaxError(message: string, file: TemplateFile, error: unknown): ContentError | undefined {
  const parse = /^Parse error on line (\d+):[\s\S]*\n.*got '(\w+)'$/.exec(message);
  // The lexer fails before the parser on braces it cannot read (`{{{{x}}}}}`).
  const lexical = /^Lexical error on line (\d+)\./.exec(message);
  const what = parse ? unexpected(parse[2] ?? '') : 'braces it cannot read';
  const at = parse?.[1] ?? lexical?.[1];
  if (at) {
    return new ContentError(`${file.display}:${at}: template syntax error: ${what}`, { hint: SYNTAX_HINT, cause: error });
  }
  const mismatch = /^(\S+) doesn't match (\S+) - (\d+):(\d+)$/.exec(message);
  if (!mismatch) return undefined;
  const [, open = '', close = '', line = '', column = ''] = mismatch;
  return templateProblem(file, { line: Number(line), column: Number(column) }, `template syntax error: {{#${open}}} is closed by {{/${close}}}`,
    `Close each block with its own name: {{#${open} …}}…{{/${open}}}.`, error);
}

/** Turns a Handlebars failure (parse or run time) into one line naming the template file and the field. */
export function templateError(error: unknown, file: TemplateFile): unknown {
  if (error instanceof ContentError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const missing = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(message);
  if (missing) {
    const place = { line: Number(missing[2]), column: Number(missing[3]) };
    return templateProblem(file, place, `unknown field "${missing[1]}" in template`,
      'Use a field the packet has: see templates/README.md and `prep schema packet`.', error);
  }
  const syntax = syntaxError(message, file, error);
  if (syntax) return syntax;
  const line = error instanceof Error && 'lineNumber' in error ? error.lineNumber : undefined;
  const place = typeof line === 'number' ? `:${line}` : '';
  return new ContentError(`${file.display}${place}: template failed: ${message.split('\n')[0] ?? message}`, {
    hint: 'Fix the template, or remove it from the --template directory to use the built-in one.',
    cause: error,
  });
}
