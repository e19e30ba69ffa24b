import { ContentError } from '../errors.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text with the front matter blanked out, so line numbers still hold. */
  body: string;
}

/**
 * The candidate's front matter, read by the same guarded reader as the
 * profiles' (YAML only, JavaScript refused, unsafe keys dropped); the
 * candidate's own keys (name, headline, skills) arrive in `extra`.
 */
export async function readFrontMatter(text: string, file: string): Promise<FrontMatter> {
  const { splitFrontMatter, FrontMatterError } = await import('../parse/front-matter.js');
  try {
    const { frontMatter, body } = splitFrontMatter(text);
    return { data: frontMatter.extra, body };
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    throw new ContentError(`${file}:${error.line}: ${error.found}`, { hint: `${error.fix[0]?.toUpperCase()}${error.fix.slice(1)}` });
  }
}
