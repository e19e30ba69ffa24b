import { sectionNormalizer } from './normalize-sections.js';
import { dropEmptySections, loadNormalizer, STRINGIFY_OPTIONS, unlinkLiteralAutolinks } from './normalize-steps.js';

export { dropEmptySections, STRINGIFY_OPTIONS, unlinkLiteralAutolinks };

let cached: ReturnType<typeof loadNormalizer> | undefined;

/**
 * The whole document through remark in one go: the reference that
 * {@link normalizeMarkdown} must match byte for byte (the tests hold it to that).
 */
export async function normalizeWhole(markdown: string): Promise<string> {
  cached ??= loadNormalizer({ deferAutolinks: false });
  return String(await (await cached).process(markdown));
}

/**
 * Parses and re-serializes markdown: GFM, one style, empty sections removed.
 * Section by section, each kept for the next packet that repeats it.
 */
export async function normalizeMarkdown(markdown: string): Promise<string> {
  return (await sectionNormalizer())(markdown);
}
