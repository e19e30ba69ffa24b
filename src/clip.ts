/**
 * A text where it only names something (a diagnostic, a question's origin):
 * as is up to 60 characters, else its first 57 and an ellipsis.
 */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
