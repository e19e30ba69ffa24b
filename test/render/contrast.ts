/** WCAG's relative luminance of an `rgb(…)` or `#rrggbb` colour. */
export function luminance(color: string): number {
  const channels = color.startsWith('#') ? [1, 3, 5].map((at) => Number.parseInt(color.slice(at, at + 2), 16)) : color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => value / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG's contrast ratio of two colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Small print (under 9pt: citations, table text) needs WCAG's 7:1; other text 4.5:1. */
export const needed = (points: number) => (points < 9 ? 7 : 4.5);
