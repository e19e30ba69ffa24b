/** One piece of a line that glued several values together. */
export interface GluedPart {
  text: string;
  /** Offset of `text` within the trimmed line. */
  offset: number;
  data?: Record<string, string>;
}

/** First cut: never splits. */
export function splitGluedLabel(_text: string): GluedPart[] | undefined {
  return undefined;
}
