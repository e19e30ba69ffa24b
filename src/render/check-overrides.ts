import type { Format } from '../model/outputs.js';
import { compileTemplate } from './compile-template.js';
import { DOCUMENT_TEMPLATE } from './html.js';
import { MARKDOWN_TEMPLATE } from './markdown.js';

/**
 * Compiles and checks the templates these formats print with, from an
 * override directory, before a batch starts: a typo in a template is then one
 * error, not the same failure once per target. JSON uses no template.
 */
export async function checkOverrides(templateDir: string, formats: readonly Format[]): Promise<void> {
  if (formats.some((format) => format !== 'json')) await compileTemplate('packet.md.hbs', templateDir, MARKDOWN_TEMPLATE);
  if (formats.some((format) => format === 'html' || format === 'pdf')) {
    await compileTemplate('document.html.hbs', templateDir, DOCUMENT_TEMPLATE);
  }
}
