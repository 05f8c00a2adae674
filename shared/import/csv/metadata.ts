import type { CurrencyCode } from '../../model/money';
import { CURRENCY_CODES } from '../../model/money';

/** What the lines above a bank export's header say about the security. */
export interface CsvMetadata {
  name: string | null;
  isin: string | null;
  wkn: string | null;
  symbol: string | null;
  /** The trading venue as written ("Frankfurt", "Xetra", "NYSE"). */
  venue: string | null;
  currency: CurrencyCode | null;
  /** Short cells of lines without a known key ("Alibaba …; Xetra; EUR;"): venue and currency hints. */
  looseCells: string[];
}

const KEYS: ReadonlyArray<readonly [keyof CsvMetadata, readonly string[]]> = [
  [
    'name',
    ['wertpapier', 'name', 'bezeichnung', 'titel', 'security', 'instrument', 'wertpapiername', 'aktie'],
  ],
  ['isin', ['isin']],
  ['wkn', ['wkn']],
  ['symbol', ['symbol', 'ticker', 'kürzel', 'kuerzel', 'börsenkürzel']],
  ['venue', ['börse', 'boerse', 'handelsplatz', 'börsenplatz', 'exchange', 'markt', 'marktplatz', 'venue']],
  ['currency', ['währung', 'waehrung', 'currency', 'whg']],
];
const KEY_LOOKUP = new Map<string, keyof CsvMetadata>();
for (const [field, names] of KEYS) for (const name of names) KEY_LOOKUP.set(name, field);

const ISIN_PATTERN = /\b([A-Z]{2}[A-Z0-9]{9}\d)\b/;

/** A currency from a code, symbol or word ("EUR", "€", "Euro", "US-Dollar", "HK$"); null when unknown. */
export function currencyFromText(text: string): CurrencyCode | null {
  const value = text.trim().toUpperCase();
  const code = CURRENCY_CODES.find(
    (c) => value === c || value.startsWith(`${c} `) || value.endsWith(` ${c}`),
  );
  if (code) return code;
  if (value.includes('HK$') || value.includes('HONGKONG-DOLLAR') || value.includes('HONG KONG DOLLAR'))
    return 'HKD';
  if (value === '€' || value === 'EURO' || value.includes('€')) return 'EUR';
  if (value === '$' || value === 'US$' || value.includes('US-DOLLAR') || value === 'DOLLAR') return 'USD';
  if (value.includes('YUAN') || value.includes('RENMINBI')) return 'CNY';
  if (value.includes('FRANKEN')) return 'CHF';
  return null;
}

/** Key and value of one metadata line: "ISIN: US01609W1027" or "ISIN;US01609W1027" (cells already split). */
function keyValue(fields: readonly string[]): [string, string] | null {
  const cells = fields.map((f) => f.trim()).filter((f) => f !== '');
  if (cells.length === 0) return null;
  const first = cells[0]!;
  const colon = first.indexOf(':');
  if (colon > 0) {
    const rest = [first.slice(colon + 1), ...cells.slice(1)].join(' ').trim();
    return [first.slice(0, colon), rest];
  }
  return cells.length >= 2 ? [first, cells.slice(1).join(' ')] : null;
}

/** Reads name, ISIN, WKN, symbol, venue and currency from the records above the header. */
export function readMetadata(records: readonly { fields: string[] }[]): CsvMetadata {
  const found: CsvMetadata = {
    name: null,
    isin: null,
    wkn: null,
    symbol: null,
    venue: null,
    currency: null,
    looseCells: [],
  };
  for (const record of records) {
    const line = record.fields.join(' ');
    if (line.length > 500) continue;
    const isin = ISIN_PATTERN.exec(line);
    if (isin && !found.isin) found.isin = isin[1]!;
    const pair = keyValue(record.fields);
    const field = pair ? KEY_LOOKUP.get(pair[0].trim().toLowerCase().replace(/\.$/, '')) : undefined;
    if (!pair || !field) {
      // The first unkeyed line of an export is usually the security's name ("Alibaba Group … ADR; Xetra; EUR;").
      const cells = record.fields.map((f) => f.trim()).filter((f) => f !== '' && f.length <= 40);
      if (found.looseCells.length < 20) found.looseCells.push(...cells.slice(0, 5));
      continue;
    }
    const value = pair[1].replace(/;+$/, '').trim();
    if (!value) continue;
    if (field === 'currency') found.currency ??= currencyFromText(value);
    else if (field === 'isin') found.isin = ISIN_PATTERN.exec(value.toUpperCase())?.[1] ?? found.isin;
    else if (field !== 'looseCells') found[field] ??= value;
  }
  return found;
}
