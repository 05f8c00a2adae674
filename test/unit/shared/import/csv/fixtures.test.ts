import { describe, expect, it } from 'vitest';
import type { CsvPreviewOk } from '../../../../../shared/import/csv';
import { accountedRows } from './csv-invariants';
import { goodFixtureNames, parseFixtureOk } from './fixture-files';

/** What a user must see in the preview of each real-format fixture (values from the generator's own data). */
interface Expected {
  rows: number;
  first: [string, number];
  last: [string, number];
  detected: Partial<CsvPreviewOk['detected']>;
  dropped?: Partial<
    Pick<
      CsvPreviewOk['stats'],
      'droppedEmpty' | 'droppedDuplicate' | 'droppedUnparseable' | 'mergedIntradayRows'
    >
  >;
}

const EXPECTED: Record<string, Expected> = {
  'BABA.csv': {
    rows: 125,
    first: ['2025-10-01', 178.4],
    last: ['2026-03-31', 161.12],
    detected: {
      delimiter: ',',
      decimalMark: '.',
      dateFormat: 'YYYY-MM-DD',
      interval: 'daily',
      listingSuggestion: 'NYSE:BABA',
    },
    dropped: { droppedEmpty: 2 },
  },
  'BABA Yahoo Webseite kopiert.txt': {
    rows: 15,
    first: ['2025-12-01', 157.05],
    last: ['2025-12-19', 150.85],
    detected: { delimiter: '\t', decimalMark: '.', dateFormat: 'MMM D, YYYY', interval: 'daily' },
    // The "1.05 Dividend" row and the footnote under the table.
    dropped: { droppedUnparseable: 2 },
  },
  'BABA_1h_yfinance.csv': {
    rows: 2,
    first: ['2026-01-02', 155.74],
    last: ['2026-01-05', 153.96],
    detected: { dateFormat: 'YYYY-MM-DD', interval: 'daily', symbolSuggestion: 'BABA' },
    dropped: { mergedIntradayRows: 12 },
  },
  'yfinance-BABA.csv': {
    rows: 39,
    first: ['2026-01-02', 155.74],
    last: ['2026-02-27', 159.71],
    detected: {
      delimiter: ',',
      dateFormat: 'YYYY-MM-DD',
      interval: 'daily',
      headerLine: 1,
      symbolSuggestion: 'BABA',
    },
  },
  'baba_us_d.csv': {
    rows: 125,
    first: ['2025-10-01', 178.4],
    last: ['2026-03-31', 161.12],
    detected: {
      delimiter: ',',
      decimalMark: '.',
      interval: 'daily',
      symbolSuggestion: 'BABA',
      currencySuggestion: 'USD',
    },
  },
  'baba_us_w.csv': {
    rows: 27,
    first: ['2025-10-03', 176.57],
    last: ['2026-03-31', 161.12],
    detected: { delimiter: ',', dateFormat: 'YYYY-MM-DD', interval: 'weekly' },
  },
  'baba_us_m.csv': {
    rows: 6,
    first: ['2025-10-31', 163.19],
    last: ['2026-03-31', 161.12],
    detected: { delimiter: ',', interval: 'monthly' },
  },
  'BABA Historische Daten.csv': {
    rows: 61,
    first: ['2025-12-01', 157.05],
    last: ['2026-02-27', 159.71],
    detected: {
      encoding: 'utf-8-bom',
      delimiter: ',',
      decimalMark: ',',
      dateFormat: 'DD.MM.YYYY',
      interval: 'daily',
    },
    dropped: { droppedDuplicate: 1, droppedEmpty: 0 },
  },
  'BABA Historische Daten (Monatsnamen).csv': {
    rows: 27,
    first: ['2026-02-23', 157.85],
    last: ['2026-03-31', 161.12],
    detected: { decimalMark: ',', dateFormat: 'D MMM YYYY', interval: 'daily' },
  },
  'BABA Historical Data.csv': {
    rows: 32,
    first: ['2025-12-15', 152.49],
    last: ['2026-01-30', 168.14],
    detected: { decimalMark: '.', dateFormat: 'MMM D, YYYY', interval: 'daily' },
  },
  'HistoricalData_1769904000000.csv': {
    rows: 20,
    first: ['2026-01-02', 155.74],
    last: ['2026-01-30', 168.14],
    detected: { dateFormat: 'MM/DD/YYYY', decimalMark: '.', symbolSuggestion: null },
  },
  'baba-uk-ddmm.csv': {
    rows: 22,
    first: ['2026-03-02', 159.68],
    last: ['2026-03-31', 161.12],
    detected: { delimiter: '|', dateFormat: 'DD/MM/YYYY', interval: 'daily' },
  },
  'comdirect-AHLA-Frankfurt.csv': {
    rows: 40,
    first: ['2025-12-01', 135.05],
    last: ['2026-01-30', 144.11],
    detected: {
      encoding: 'windows-1252',
      delimiter: ';',
      decimalMark: ',',
      dateFormat: 'DD.MM.YYYY',
      headerLine: 7,
      interval: 'daily',
      symbolSuggestion: 'AHLA',
      currencySuggestion: 'EUR',
      listingSuggestion: 'FRA:AHLA',
      nameSuggestion: 'Alibaba Group Holding Ltd. (ADR)',
      isin: 'US01609W1027',
    },
    dropped: { droppedEmpty: 2, droppedDuplicate: 0 },
  },
  'consorsbank-AHLA-Tradegate-woechentlich.csv': {
    rows: 27,
    first: ['2025-10-01', 152.43],
    last: ['2026-03-30', 137.38],
    detected: {
      delimiter: ';',
      decimalMark: ',',
      headerLine: 6,
      interval: 'weekly',
      listingSuggestion: 'TGATE:AHLA',
      currencySuggestion: 'EUR',
    },
  },
  'onvista-AHLA-Xetra-monatlich.csv': {
    rows: 6,
    first: ['2025-10-31', 140.4],
    last: ['2026-03-31', 137.38],
    detected: {
      delimiter: ';',
      dateFormat: 'DD.MM.YY',
      headerLine: 2,
      interval: 'monthly',
      currencySuggestion: 'EUR',
    },
  },
  '9988.HK woechentlich (Excel Unicode).txt': {
    rows: 27,
    first: ['2025-10-02', 171.71],
    last: ['2026-03-30', 156.69],
    detected: {
      encoding: 'utf-16le',
      delimiter: '\t',
      decimalMark: ',',
      interval: 'weekly',
      listingSuggestion: 'HKEX:9988',
      currencySuggestion: 'HKD',
    },
  },
};

describe('parsePriceCsv on real-format fixtures', () => {
  it('has an expectation for every fixture file', () => {
    expect(goodFixtureNames().sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name}`, () => {
      const preview = parseFixtureOk(name);
      const { stats, bars } = preview;
      expect(stats.barsKept).toBe(expected.rows);
      expect(bars).toHaveLength(expected.rows);
      expect(stats.firstDate).toBe(expected.first[0]);
      expect(stats.lastDate).toBe(expected.last[0]);
      // yfinance writes float32 noise (155.74000549316406), so compare to the cent.
      expect(stats.firstClose).toBeCloseTo(expected.first[1], 4);
      expect(stats.lastClose).toBeCloseTo(expected.last[1], 4);
      expect(preview.detected).toMatchObject(expected.detected);
      expect(stats).toMatchObject({
        droppedEmpty: 0,
        droppedDuplicate: 0,
        droppedUnparseable: 0,
        mergedIntradayRows: 0,
        ...expected.dropped,
      });
      expect(stats.rowsRead).toBe(accountedRows(stats));
    });
  }
});

describe('details a user sees in the preview', () => {
  it('keeps open, high, low and volume of the NYSE close on 2 January 2026', () => {
    const bar = parseFixtureOk('BABA.csv').bars.find((b) => b.time === '2026-01-02');
    expect(bar).toEqual({
      time: '2026-01-02',
      open: 147,
      high: 156.89,
      low: 146.1,
      close: 155.74,
      volume: 31270400,
    });
  });

  it('merges hourly rows into the same daily bar the daily download has', () => {
    const daily = parseFixtureOk('BABA.csv').bars.filter(
      (b) => b.time === '2026-01-02' || b.time === '2026-01-05',
    );
    const merged = parseFixtureOk('BABA_1h_yfinance.csv');
    expect(merged.bars).toEqual(daily);
    expect(merged.warnings.map((w) => w.code)).toEqual(['intraday-merged']);
  });

  it('reads investing.com volumes such as "31,27M" and leaves "-" volumes empty', () => {
    const bars = parseFixtureOk('BABA Historische Daten.csv').bars;
    expect(bars.find((b) => b.time === '2026-01-02')?.volume).toBe(31_270_000);
    const noVolume = bars.find((b) => b.time === '2026-01-09')!;
    expect(noVolume.volume).toBeUndefined();
    expect(noVolume.close).toBeGreaterThan(0);
  });

  it('takes the Frankfurt close of 12 December 2025 in euros from the Windows-1252 export', () => {
    const preview = parseFixtureOk('comdirect-AHLA-Frankfurt.csv');
    expect(preview.bars.find((b) => b.time === '2025-12-12')?.close).toBe(132.2);
    expect(preview.bars.some((b) => b.time === '2025-12-31' || b.time === '2025-12-24')).toBe(false);
    expect(preview.warnings.map((w) => w.code)).toContain('rows-dropped-empty');
  });

  it('prefers the share count (Stücke) over the euro turnover (Umsatz) as volume', () => {
    const preview = parseFixtureOk('consorsbank-AHLA-Tradegate-woechentlich.csv');
    expect(preview.detected.columns.volume).toBe(5);
    expect(preview.bars[0]!.volume).toBe(29_592);
  });

  it('uses Close, not Adj Close, and tells the columns it recognised', () => {
    const preview = parseFixtureOk('yfinance-BABA.csv');
    expect(preview.detected.columns).toEqual({
      date: 0,
      adjClose: 1,
      close: 2,
      high: 3,
      low: 4,
      open: 5,
      volume: 6,
    });
  });

  it('returns every series sorted ascending with unique dates, whatever order the file had', () => {
    for (const name of goodFixtureNames()) {
      const times = parseFixtureOk(name).bars.map((b) => b.time);
      expect([...new Set(times)].sort(), name).toEqual(times);
    }
  });
});
