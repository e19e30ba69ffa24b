/**
 * The output formats and paper sizes: one dependency-free list each, shared
 * by the config schema, the front matter, the CLI and the render stage.
 */
export const FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export type TextFormat = Exclude<Format, 'pdf'>;

export const PAPERS = ['a4', 'letter'] as const;
export type Paper = (typeof PAPERS)[number];
