// Extra fields the plain-text reader puts on mdast nodes, typed for the stages that read them.
declare module 'mdast' {
  interface ListData {
    /** The list came from one glued line of chips (`CDNedge cachingQoE…`). */
    chips?: boolean;
  }
  interface BlockquoteData {
    /** The kind of a callout (`> [!warning]`, a wiki page's `{warning}` panel): an aside of the author's, not an item of its section. */
    callout?: string;
  }
  interface ParagraphData {
    /** ISO 3166 code of a flag emoji the reader took off the line (`🇺🇸` → `US`). */
    country?: string;
  }
}

export {};
