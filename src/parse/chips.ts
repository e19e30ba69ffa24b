/** Split a glued chip line; undefined when the line is not one. (First cut: never.) */
export function splitChips(_text: string, _vocabulary: ReadonlySet<string>): string[] | undefined {
  return undefined;
}
