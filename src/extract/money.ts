import type { Money } from '../model/source.js';

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};
const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };
const CODES = /\b(USD|EUR|GBP|JPY|CNY|INR|CAD|AUD|CHF|SEK|KRW|BRL)\b/;
const AMOUNT =
  /(?<symbol>[$€£¥₹])?\s?(?<number>\d[\d,]*(?:\.\d+)?)\s*(?<scale>trillion|billion|million|thousand|tn|bn|mn|[tbmk])?\b/i;

const WITH_SYMBOL = new RegExp(AMOUNT.source.replace('(?<symbol>[$€£¥₹])?', '(?<symbol>[$€£¥₹])'), 'i');

/** `$33.7 billion (2023)` → amount 33700000000, USD, 2023; `$280B` → 280000000000. */
export function readMoney(text: string): Pick<Money, 'amount' | 'currency' | 'year'> {
  const out: Pick<Money, 'amount' | 'currency' | 'year'> = {};
  const match = WITH_SYMBOL.exec(text) ?? AMOUNT.exec(text.replace(/\b(?:FY)?(?:19|20)\d\d\b/g, ''));
  const groups = match?.groups;
  if (groups?.number) {
    const scale = SCALE[(groups.scale ?? '').toLowerCase()] ?? 1;
    out.amount = Math.round(Number(groups.number.replace(/,/g, '')) * scale);
  }
  const currency = (groups?.symbol && SYMBOLS[groups.symbol]) ?? CODES.exec(text)?.[1];
  if (currency) out.currency = currency;
  const year = readYear(text);
  if (year !== undefined) out.year = year;
  return out;
}

export function readYear(text: string): number | undefined {
  const match = /(?<![\d,.$€£¥₹])(1[6-9]\d\d|20\d\d)(?![\d,.]\d|\d)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `12,000+ employees` → 12000; `~5k` → 5000. */
export function readCount(text: string): number | undefined {
  const match = /(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\b/i.exec(text);
  if (!match?.[1]) return undefined;
  const scale = match[2] ? (SCALE[match[2].toLowerCase()] ?? 1) : 1;
  return Math.round(Number(match[1].replace(/,/g, '')) * scale);
}

/** `Public (NASDAQ: NFLX)` → NASDAQ / NFLX. */
export function readTicker(text: string): { exchange?: string; symbol: string } | undefined {
  // "NASDAQ: NFLX", "Euronext Amsterdam: HWISE": an exchange named in capitalised words, then the symbol.
  const pair = /([A-Z][\p{L}&-]*(?: [A-Z][\p{L}&-]*){0,3})\s*:\s*([A-Z][A-Z0-9.]{0,6})\b/u.exec(text);
  if (pair?.[1] && pair[2]) return { exchange: pair[1], symbol: pair[2] };
  // "TSE Prime: 9147", "HKEX: 0700": Asian exchanges number their listings; the exchange then starts with its capitals.
  const numbered = /\b([A-Z]{2,}(?: [A-Z][\p{L}&-]*){0,2})\s*:\s*(\d{4,6})\b/u.exec(text);
  if (numbered?.[1] && numbered[2]) return { exchange: numbered[1], symbol: numbered[2] };
  const bare = /^\$?([A-Z][A-Z0-9.]{0,6})$/.exec(text.trim());
  return bare?.[1] ? { symbol: bare[1] } : undefined;
}
