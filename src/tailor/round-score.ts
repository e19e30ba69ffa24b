/** Scores and weights to three decimals: enough to rank by, and the packet's JSON stays short and stable. */
export const roundScore = (n: number): number => Math.round(n * 1000) / 1000;
