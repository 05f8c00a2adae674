import type { CurrencyCode } from '../../model/money';
import { currencyFromText, type CsvMetadata } from './metadata';

/** Symbol, currency and listing the preview proposes; the user confirms or edits them. */
export interface Suggestions {
  symbol: string | null;
  currency: CurrencyCode | null;
  listing: string | null;
}

// Venue words (lower case) → listing prefix and the currency quoted there.
const VENUES: ReadonlyArray<readonly [string, string, CurrencyCode]> = [
  ['xetra', 'XETRA', 'EUR'],
  ['frankfurt', 'FRA', 'EUR'],
  ['tradegate', 'TGATE', 'EUR'],
  ['stuttgart', 'STU', 'EUR'],
  ['münchen', 'MUN', 'EUR'],
  ['munich', 'MUN', 'EUR'],
  ['berlin', 'BER', 'EUR'],
  ['düsseldorf', 'DUS', 'EUR'],
  ['hamburg', 'HAM', 'EUR'],
  ['hannover', 'HAN', 'EUR'],
  ['gettex', 'GETTEX', 'EUR'],
  ['lang & schwarz', 'LS', 'EUR'],
  ['l&s', 'LS', 'EUR'],
  ['quotrix', 'QUOTRIX', 'EUR'],
  ['nyse', 'NYSE', 'USD'],
  ['new york', 'NYSE', 'USD'],
  ['nasdaq', 'NASDAQ', 'USD'],
  ['hong kong', 'HKEX', 'HKD'],
  ['hongkong', 'HKEX', 'HKD'],
  ['hkex', 'HKEX', 'HKD'],
];

// Yahoo symbol suffixes → listing prefix and currency ("9988.HK", "AHLA.F"); no suffix means a US listing.
const YAHOO_SUFFIXES = new Map<string, readonly [string, CurrencyCode]>([
  ['HK', ['HKEX', 'HKD']],
  ['F', ['FRA', 'EUR']],
  ['DE', ['XETRA', 'EUR']],
  ['SG', ['STU', 'EUR']],
  ['MU', ['MUN', 'EUR']],
  ['BE', ['BER', 'EUR']],
  ['DU', ['DUS', 'EUR']],
  ['HM', ['HAM', 'EUR']],
  ['US', ['NYSE', 'USD']],
]);

// The securities Kursnotiz is about, so an ISIN-only bank export still gets a ticker.
const KNOWN_ISINS = new Map<string, { usSymbol: string; germanSymbol: string | null; home: string }>([
  ['US01609W1027', { usSymbol: 'BABA', germanSymbol: 'AHLA', home: 'NYSE' }],
  ['KYG017191142', { usSymbol: '9988', germanSymbol: null, home: 'HKEX' }],
]);

const ISIN_IN_NAME = /([A-Z]{2}[A-Z0-9]{9}\d)/;
const NOISE_WORDS =
  /historische daten|historical data|kurshistorie|kursdaten|kursverlauf|prices?|daily|weekly|monthly|export|\(\d+\)/gi;
const SYMBOL_TOKEN = /^[A-Za-z0-9]{1,6}(\.[A-Za-z]{1,2})?$/;
const STOOQ_NAME = /^([a-z0-9.]+)_([a-z]{2})_[dwmq]$/i;

/** Symbol (with any Yahoo suffix), ISIN and venue hints read from a file name such as "baba_us_d.csv". */
export function hintsFromFileName(fileName: string): { symbol: string | null; isin: string | null } {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]{1,4}$/i, '');
  const isin = ISIN_IN_NAME.exec(base.toUpperCase())?.[1] ?? null;
  const stooq = STOOQ_NAME.exec(base);
  if (stooq) return { symbol: `${stooq[1]!.toUpperCase()}.${stooq[2]!.toUpperCase()}`, isin };
  const first =
    base
      .replace(NOISE_WORDS, ' ')
      .trim()
      .split(/[\s_]+/)[0] ?? '';
  const isSymbol = SYMBOL_TOKEN.test(first) && /[A-Za-z]/.test(first) && first.toUpperCase() !== isin;
  return { symbol: isSymbol ? first.toUpperCase() : null, isin };
}

/** Splits "9988.HK" into its base and its Yahoo-style listing prefix and currency. */
function splitSuffix(symbol: string): { base: string; prefix: string | null; currency: CurrencyCode | null } {
  const dot = symbol.lastIndexOf('.');
  const known = dot > 0 ? YAHOO_SUFFIXES.get(symbol.slice(dot + 1).toUpperCase()) : undefined;
  if (!known) return { base: symbol, prefix: null, currency: null };
  return { base: symbol.slice(0, dot), prefix: known[0], currency: known[1] };
}

/** Combines ticker row, metadata lines, header units and file name into the preview's suggestions. */
export function suggest(
  fileName: string,
  ticker: string | null,
  metadata: CsvMetadata,
  headerNames: readonly string[],
): Suggestions {
  const fromName = hintsFromFileName(fileName);
  const isin = metadata.isin ?? fromName.isin;
  const known = isin ? KNOWN_ISINS.get(isin) : undefined;
  const venueText = metadata.venue ?? metadata.looseCells.find((cell) => venueOf(cell) !== undefined) ?? null;
  const venue = venueText ? venueOf(venueText) : undefined;
  const looseCurrency = metadata.looseCells.map(currencyFromText).find((c) => c !== null) ?? null;
  const isGermanVenue = venue !== undefined && venue[2] === 'EUR';
  const rawSymbol =
    ticker ??
    metadata.symbol ??
    (known ? (isGermanVenue ? known.germanSymbol : known.usSymbol) : null) ??
    fromName.symbol ??
    metadata.wkn ??
    isin;
  const split = rawSymbol ? splitSuffix(rawSymbol.toUpperCase()) : null;
  const headerCurrency = headerNames.map(currencyFromUnit).find((c) => c !== null) ?? null;
  let prefix = venue?.[1] ?? split?.prefix ?? known?.home ?? null;
  if (!prefix && split?.base === 'BABA') prefix = 'NYSE';
  if (!prefix && split?.base === 'AHLA') prefix = 'FRA';
  const prefixCurrency = VENUES.find(([, p]) => p === prefix)?.[2] ?? null;
  const currency =
    metadata.currency ?? looseCurrency ?? headerCurrency ?? venue?.[2] ?? split?.currency ?? prefixCurrency;
  const symbol = split?.base ?? null;
  return { symbol, currency, listing: prefix && symbol ? `${prefix}:${symbol}` : null };
}

/** The venue a text names ("Börse Frankfurt", "XETRA"), if known. */
function venueOf(text: string): (typeof VENUES)[number] | undefined {
  const lower = text.toLowerCase();
  return VENUES.find(([word]) => lower.includes(word));
}

/** A currency named in a header cell's unit: "Schluss (EUR)", "Schlusskurs in €". */
function currencyFromUnit(headerName: string): CurrencyCode | null {
  const open = headerName.search(/[([]|\sin\s/i);
  return open < 0 ? null : currencyFromText(headerName.slice(open).replace(/[()[\]]|\sin\s/gi, ' '));
}
