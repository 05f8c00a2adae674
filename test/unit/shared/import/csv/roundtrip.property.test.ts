import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_DATE_FORMATS,
  type CsvDateFormat,
  type CsvDelimiter,
  type CsvEncoding,
  type DecimalMark,
} from '../../../../../shared/import/csv';
import { parseAndCheck } from './csv-invariants';

const RUNS = Number(process.env.CSV_FUZZ_RUNS ?? 300);
const DE_MONTHS = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADERS = [
  ['Date', 'Open', 'High', 'Low', 'Close', 'Volume'],
  ['Datum', 'Eröffnung', 'Hoch', 'Tief', 'Schlusskurs', 'Volumen'],
  ['Datum', 'Erster', 'Hoch', 'Tief', 'Zuletzt', 'Stücke'],
  ['Data', 'Otwarcie', 'Najwyzszy', 'Najnizszy', 'Zamkniecie', 'Wolumen'],
];

/** Writes an ISO date in one of the layouts the parser claims to read. */
function formatDate(iso: string, format: CsvDateFormat): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const month = Number(m);
  switch (format) {
    case 'YYYY-MM-DD':
      return iso;
    case 'YYYYMMDD':
      return `${y}${m}${d}`;
    case 'DD.MM.YYYY':
      return `${d}.${m}.${y}`;
    case 'DD.MM.YY':
      return `${d}.${m}.${y.slice(2)}`;
    case 'MM/DD/YYYY':
      return `${m}/${d}/${y}`;
    case 'DD/MM/YYYY':
      return `${d}/${m}/${y}`;
    case 'DD-MM-YYYY':
      return `${d}-${m}-${y}`;
    case 'D MMM YYYY':
      return `${d}. ${DE_MONTHS[month - 1]} ${y}`;
    case 'MMM D, YYYY':
      return `${EN_MONTHS[month - 1]} ${d}, ${y}`;
  }
}

/** Writes a price with two decimals, the given mark and optionally grouped thousands. */
function formatPrice(value: number, mark: DecimalMark, isGrouped: boolean): string {
  const [whole, fraction] = value.toFixed(2).split('.') as [string, string];
  const group = mark === '.' ? ',' : '.';
  const digits = isGrouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return `${digits}${mark}${fraction}`;
}

const layoutArbitrary = fc.record({
  delimiter: fc.constantFrom<CsvDelimiter>(',', ';', '\t', '|'),
  decimalMark: fc.constantFrom<DecimalMark>('.', ','),
  isGrouped: fc.boolean(),
  dateFormat: fc.constantFrom(...CSV_DATE_FORMATS),
  header: fc.constantFrom(...HEADERS),
  isDescending: fc.boolean(),
  isQuoted: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n'),
  encoding: fc.constantFrom<CsvEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
});

/** Encodes text the way the chosen export would write it (all test text is Latin-1, so 1252 is byte = code). */
function encode(text: string, encoding: CsvEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-8-bom') return new TextEncoder().encode(`\ufeff${text}`);
  if (encoding === 'windows-1252') return new Uint8Array(Buffer.from(text, 'latin1'));
  const bytes = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
  if (encoding === 'utf-16be')
    for (let i = 0; i + 1 < bytes.length; i += 2) bytes.set([bytes[i + 1]!, bytes[i]!], i);
  return bytes;
}

/** 2–80 bars on distinct days (1–4 days apart) between 1971 and 2068, closes 0.5–20,000. */
const barsArbitrary = fc
  .record({
    startDay: fc.integer({ min: 365, max: 35_000 }),
    steps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 79 }),
    closes: fc.array(fc.integer({ min: 50, max: 2_000_000 }), { minLength: 80, maxLength: 80 }),
  })
  .map(({ startDay, steps, closes }) => {
    let day = startDay;
    const days = [day, ...steps.map((step) => (day += step))];
    return days.map((d, i) => ({
      time: new Date(d * 86_400_000).toISOString().slice(0, 10),
      close: closes[i]! / 100,
    }));
  });

/** Metadata lines above the header, repeated rows and rows without a price. */
const noiseArbitrary = fc.record({
  metadata: fc.constantFrom(
    [],
    ['Wertpapier: Alibaba Group Holding Ltd.', 'ISIN: US01609W1027', 'Börse: Frankfurt', ''],
    ['Kurshistorie', ''],
  ),
  duplicateAt: fc.array(fc.nat(), { maxLength: 3 }),
  emptyAt: fc.array(fc.tuple(fc.nat(), fc.constantFrom('-', 'null', 'Kein Wert vorhanden', '')), {
    maxLength: 3,
  }),
});

describe('parsePriceCsv reads back what a random but valid export wrote', () => {
  it(
    'recovers every date and close, the drop counts, the header line, the encoding, the delimiter, the decimal mark and the date format',
    () => {
      fc.assert(
        fc.property(layoutArbitrary, barsArbitrary, noiseArbitrary, (layout, bars, noise) => {
          const isSlash = layout.dateFormat.includes('/') || layout.dateFormat === 'DD-MM-YYYY';
          // Slash dates are only decidable when some day is above 12 (the parser then reads the data).
          fc.pre(!isSlash || bars.some((bar) => Number(bar.time.slice(8)) > 12));
          const mustQuote = layout.delimiter === ',' && (layout.decimalMark === ',' || layout.isGrouped);
          const needsQuotes = mustQuote || layout.isQuoted || layout.dateFormat === 'MMM D, YYYY';
          const quote = (cell: string) => (needsQuotes ? `"${cell}"` : cell);
          const rows = bars.map((bar) => {
            const price = formatPrice(bar.close, layout.decimalMark, layout.isGrouped);
            return [formatDate(bar.time, layout.dateFormat), price, price, price, price, '1000'].map(quote);
          });
          // Noise a real export has: repeated rows and rows without a price, inserted at random places.
          for (const at of noise.duplicateAt) rows.splice(at % rows.length, 0, rows[at % rows.length]!);
          for (const [at, marker] of noise.emptyAt) {
            const date = formatDate(bars[at % bars.length]!.time, layout.dateFormat);
            rows.splice(at % (rows.length + 1), 0, [date, marker, marker, marker, marker, marker].map(quote));
          }
          if (layout.isDescending) rows.reverse();
          const table = [layout.header.map(quote), ...rows].map((cells) => cells.join(layout.delimiter));
          const lines = [...noise.metadata, ...table];
          const text = lines.join(layout.newline) + layout.newline;
          const result = parseAndCheck(encode(text, layout.encoding));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.bars.map((bar) => [bar.time, bar.close])).toEqual(
            bars.map((bar) => [bar.time, bar.close]),
          );
          expect(result.stats).toMatchObject({
            droppedDuplicate: noise.duplicateAt.length,
            droppedEmpty: noise.emptyAt.length,
            droppedUnparseable: 0,
          });
          expect(result.detected.headerLine).toBe(noise.metadata.length + 1);
          expect(result.detected.delimiter).toBe(layout.delimiter);
          // Pure ASCII is valid UTF-8, so a 1252 file without umlauts is (harmlessly) read as UTF-8.
          const isAscii = [...text].every((char) => char.charCodeAt(0) < 0x80);
          const encoding = layout.encoding === 'windows-1252' && isAscii ? 'utf-8' : layout.encoding;
          expect(result.detected.encoding).toBe(encoding);
          expect(result.detected.dateFormat).toBe(layout.dateFormat);
          // Two decimals always tell the mark ("1.234,50", "155,74"), grouped or not.
          expect(result.detected.decimalMark).toBe(layout.decimalMark);
        }),
        { numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 40),
  );
});
