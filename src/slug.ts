import { createHash } from 'node:crypto';

/**
 * THE slug rule: lower-case ASCII letters and digits joined by single dashes,
 * accents dropped (`Ingénieur Données` → `ingenieur-donnees`). Empty when the
 * text has no such letter. Role slugs and output file names both use it.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A role's slug, which also keys the role when documents are merged: titles
 * that differ only in `++` or `#` (C++, C#, C) or are written in another
 * script (データエンジニア) must not become one role and one file. The latter
 * get a slug from a hash of the title.
 */
export function roleSlug(title: string): string {
  const slug = slugify(title.replace(/(?<=\p{L})\+\+/gu, 'pp').replace(/(?<=\p{L})#/gu, 'sharp'));
  if (slug) return slug;
  return `role-${createHash('sha256').update(title.normalize('NFKC').toLowerCase().trim()).digest('hex').slice(0, 8)}`;
}
