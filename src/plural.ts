/** `1 warning`, `3 warnings`; an irregular plural is passed: `plural(n, 'responsibility', 'responsibilities')`. */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
