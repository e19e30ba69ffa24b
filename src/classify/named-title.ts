import { jobTitleIn, namesAJob } from '../roles/role-nouns.js';

/** `The Role: X`, `Role 1: X`, `Stellenbeschreibung: X`, `募集職種：X`, `Job description – X`: a heading's words and the title after them. */
// Emphasis marks and a hash that opens a tag (`#hiring`); the one in C# or F# is the title's own.
const MARKUP = /[*_]+|(?<![\p{L}\p{N}])#+/gu;

const NAMED = /^(?<key>[^:–—]{2,60}?)\s*(?<sep>:|\s[–—-]\s)\s*(?<value>\S.*)$/u;
/** A title, not a sentence: a few words, no capital-less start, no full stop. */
const looksLikeTitle = (value: string): boolean => value.split(/\s+/).length <= 8 && !/^\P{L}*\p{Ll}/u.test(value) && !/[.!?。]$/.test(value);

/**
 * A heading split into what it is (`key`) and the job title it names; after
 * a dash only a job title counts ("About the role — remote friendly" names none).
 */
export function splitNamedTitle(text: string): { key: string; title: string } | undefined {
  const match = NAMED.exec(text.normalize('NFKC').replace(MARKUP, ' ').trim());
  if (!match?.groups) return undefined;
  const { key = '', sep = '', value = '' } = match.groups;
  const title = value.trim();
  if (!looksLikeTitle(title) || (sep !== ':' && !namesAJob(title))) return undefined;
  return { key, title };
}

const TRAILING_ROLE_WORD = /^(?:the\s+)?(?<title>\S.*?)\s+(?:role|position)$/iu;

/** `The iOS Engineer Role`, `💼 Data Analyst position`: the job title before the word role, when all before it is one. */
export function titleBeforeRoleWord(text: string): string | undefined {
  const plain = text.normalize('NFKC').replace(/[\p{Extended_Pictographic}\uFE0F\u200D]+/gu, ' ').replace(MARKUP, ' ').trim();
  const title = TRAILING_ROLE_WORD.exec(plain)?.groups?.['title'];
  return title !== undefined && jobTitleIn(title) === title ? title : undefined;
}
