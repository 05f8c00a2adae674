import type { ColumnMap, ColumnRole } from './types';

// Header names (normalised: lower case, no dots, units and stars removed) per role, German, English and
// stooq's Polish. A lower rank wins when two columns claim the same role (Stücke beats Umsatz in EUR).
const NAMES: ReadonlyArray<readonly [ColumnRole, number, readonly string[]]> = [
  [
    'date',
    0,
    [
      'date',
      'datum',
      'data',
      'day',
      'tag',
      'handelstag',
      'time',
      'zeit',
      'datum/zeit',
      'date/time',
      'datetime',
    ],
  ],
  ['open', 0, ['open', 'opening', 'opening price', 'eröffnung', 'eröffn', 'eroeffnung', 'eröffnungskurs']],
  ['open', 1, ['erster', 'erster kurs', 'otwarcie', 'start', 'anfang', 'eröffnungspreis', 'open price']],
  ['high', 0, ['high', 'hoch', 'höchst', 'hoechst', 'höchstkurs', 'tageshoch', 'najwyzszy', 'high price']],
  ['high', 1, ['max', 'maximum', 'hi']],
  ['low', 0, ['low', 'tief', 'tiefst', 'tiefstkurs', 'tagestief', 'najnizszy', 'low price']],
  ['low', 1, ['min', 'minimum', 'lo']],
  [
    'close',
    0,
    ['close', 'schluss', 'schlusskurs', 'schlußkurs', 'schlusspreis', 'close/last', 'close price'],
  ],
  ['close', 1, ['letzter', 'letzter kurs', 'zuletzt', 'kurs', 'last', 'last price', 'price', 'zamkniecie']],
  ['close', 2, ['schlusswert', 'wert', 'preis', 'kassakurs', 'rücknahmepreis', 'nav']],
  ['adjClose', 0, ['adj close', 'adjusted close', 'adj close**', 'bereinigter schlusskurs', 'adj schluss']],
  ['volume', 0, ['volume', 'vol', 'volumen', 'stücke', 'stück', 'stueck', 'stuecke', 'wolumen', 'anzahl']],
  ['volume', 1, ['umsatz', 'umsatz in stück', 'handelsvolumen', 'shares']],
  ['volume', 2, ['umsatz in eur', 'umsatz eur', 'turnover', 'betrag']],
  [
    'changePercent',
    0,
    ['+/- %', '+/-%', 'change %', 'chg %', '% chg', 'änderung %', 'veränderung %', 'change'],
  ],
  ['changePercent', 1, ['veränderung', 'änderung', 'diff %', 'perf', '%', 'änd %', 'veränd %', '+/-']],
];

const LOOKUP = new Map<string, { role: ColumnRole; rank: number }>();
for (const [role, rank, names] of NAMES) {
  for (const name of names) LOOKUP.set(name, { role, rank });
}

/** Normalises a header cell: lower case, trimmed, no dots, stars or bracketed units ("Schluss (EUR)"). */
export function normalizeHeaderName(cell: string): string {
  let name = cell
    .trim()
    .toLowerCase()
    .replace(/\s*[([].*?[)\]]\s*/g, ' ');
  name = name.replace(/\s+in\s+(eur|usd|€|\$|hkd)$/, '');
  name = name.replace(/[.*:]/g, '').replace(/\s+/g, ' ').trim();
  return name.replace(/\s+(eur|usd|€|\$|hkd)$/, '').trim();
}

/** The role a header cell names, or null. */
export function roleOfHeaderName(cell: string): { role: ColumnRole; rank: number } | null {
  if (cell.length > 60) return null;
  const name = normalizeHeaderName(cell);
  const exact = LOOKUP.get(name);
  if (exact) return exact;
  // Tolerate "Schlusskurs in EUR", "Adj. Close" and similar by a second look without the last word.
  const shortened = name.replace(/\s+\S+$/, '');
  return shortened !== name ? (LOOKUP.get(shortened) ?? null) : null;
}

/** Maps header cells to column roles; the best-ranked (then leftmost) column wins each role. */
export function mapColumns(cells: readonly string[]): ColumnMap {
  const columns: ColumnMap = {};
  const ranks: Partial<Record<ColumnRole, number>> = {};
  cells.forEach((cell, index) => {
    const found = roleOfHeaderName(cell);
    if (!found) return;
    const current = ranks[found.role];
    if (current === undefined || found.rank < current) {
      columns[found.role] = index;
      ranks[found.role] = found.rank;
    }
  });
  return columns;
}

/** True when a column map has a column the close can come from. */
export function hasPriceColumn(columns: ColumnMap): boolean {
  return columns.close !== undefined || columns.adjClose !== undefined;
}
