/** The output formats, in one dependency-free module so the config schema can share them. */
export const FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export type TextFormat = Exclude<Format, 'pdf'>;
