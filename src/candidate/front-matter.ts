import { ContentError } from '../errors.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text with the front matter blanked to empty lines, so line numbers still hold. */
  body: string;
}

const refuse = (file: string) => (): never => {
  throw new ContentError(`${file}:1: front matter in JavaScript is not allowed.`, {
    hint: 'Use YAML front matter (---) instead; prep never runs code from a file.',
  });
};

/** Reads YAML front matter with gray-matter, its JavaScript engines turned off. */
export async function readFrontMatter(text: string, file: string): Promise<FrontMatter> {
  const { default: matter } = await import('gray-matter');
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    const engine = { parse: refuse(file), stringify: refuse(file) };
    parsed = matter(text, { engines: { js: engine, javascript: engine } }) as typeof parsed;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 2 : 1;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new ContentError(`${file}:${line}: cannot read the front matter: ${reason}.`, {
      hint: 'Fix the YAML between the --- lines, or remove it.',
    });
  }
  const prefix = text.slice(0, text.length - parsed.content.length);
  const blank = '\n'.repeat((prefix.match(/\n/g) ?? []).length);
  return { data: { ...parsed.data }, body: blank + parsed.content };
}
