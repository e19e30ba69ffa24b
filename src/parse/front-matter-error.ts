/** A front-matter problem: what was found, on which file line, and what to do. */
export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
  constructor(
    readonly found: string,
    readonly line: number,
    readonly fix: string,
  ) {
    super(`${found} at line ${line}; ${fix}`);
  }

  /** One line naming the file: "Unexpected … in `acme/a.md` at line 3; fix …". */
  describe(relative: string): string {
    return `${this.found} in \`${relative}\` at line ${this.line}; ${this.fix}`;
  }
}
