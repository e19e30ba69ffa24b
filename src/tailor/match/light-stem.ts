/**
 * Strips inflections only (plural, -ing, -ed, a final e): "pricing" and "price"
 * meet, but "operational" and "operate", or "production" and "product", do
 * not. Topic relevance wants this; requirement matching uses Porter's stems.
 * One derivational family is joined, since job titles name it by its noun:
 * "analytics", "analyst", "analysis" and "analyzing" (also catalyst, paralysis).
 */
export function lightStem(word: string): string {
  let w = word;
  const family = lysisFamily(w);
  if (family) return family;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 2 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** "analysis", "analyst", "analytics", "analyzed", "analysed" → "analy": one family, which stemmers split. */
export function lysisFamily(word: string): string | null {
  const greek = /^(.{3,}l)y(s[ei]s|s[ei]d?|sing|sts?|ti[cs]s?|tical|z(e|es|ed|ing))$/.exec(word);
  return greek ? `${greek[1]}y` : null;
}
