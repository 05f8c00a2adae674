import { findHeader, type HeaderResult } from './find-header';
import { tokenizeCsv } from './tokenize';
import type { CsvDelimiter } from './types';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];
const SNIFF_CHARS = 65_536;
const SNIFF_RECORDS = 300;

/** How well a delimiter splits the sniffed prefix: a recognised header first, then consistent widths. */
function score(prefix: string, delimiter: CsvDelimiter): { value: number; header: HeaderResult } {
  const records = tokenizeCsv(prefix, delimiter, SNIFF_RECORDS);
  const header = findHeader(records);
  const widths = new Map<number, number>();
  for (const record of records) {
    if (record.fields.length > 1)
      widths.set(record.fields.length, (widths.get(record.fields.length) ?? 0) + 1);
  }
  let consistentRows = 0;
  for (const count of widths.values()) consistentRows = Math.max(consistentRows, count);
  let value = consistentRows;
  if (header.ok) value += 1_000_000 + Object.keys(header.columns).length * 10_000;
  else if (header.code !== 'no-header') value += 500_000;
  return { value, header };
}

/**
 * Picks the delimiter (and reports the header it finds in the first 64 KiB) that makes a header with date and price columns appear; when none does, the one
 * that splits most lines into the same number of fields. A German ";" file with decimal commas also
 * splits evenly on ",", which is why the header decides first.
 */
export function detectDelimiter(text: string): { delimiter: CsvDelimiter; header: HeaderResult } {
  const prefix = text.slice(0, SNIFF_CHARS);
  let best: { delimiter: CsvDelimiter; header: HeaderResult } | null = null;
  let bestValue = -1;
  for (const candidate of CANDIDATES) {
    if (!prefix.includes(candidate)) continue;
    const { value, header } = score(prefix, candidate);
    if (value > bestValue) {
      best = { delimiter: candidate, header };
      bestValue = value;
    }
  }
  return best ?? { delimiter: ',', header: findHeader(tokenizeCsv(prefix, ',', SNIFF_RECORDS)) };
}
