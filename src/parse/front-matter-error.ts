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

  /** The reason as a diagnostic placed at `path:line` prints it: the place is not repeated. */
  get reason(): string {
    return `${this.found}; ${this.fix}`;
  }
}
