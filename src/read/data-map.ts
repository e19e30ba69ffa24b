// What the read stage records on each VFile, typed for every later stage.
declare module 'vfile' {
  interface DataMap {
    /** Path relative to the profiles directory: `<company>/<file name>`. */
    relative: string;
    /** Set when the read stage refused the file; later stages leave it alone. */
    skipped: boolean;
  }
}

export {};
