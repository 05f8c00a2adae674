import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../../../shared/import/csv';
import { mapColumns } from '../../../../../shared/import/csv/column-roles';
import { tokenizeCsv } from '../../../../../shared/import/csv/tokenize';

const parseText = (text: string, fileName = 'kurse.csv') =>
  parsePriceCsv(new TextEncoder().encode(text), fileName);

describe('column roles from header names', () => {
  it('reads German bank and portal headers', () => {
    expect(mapColumns(['Datum', 'Eröffnung', 'Hoch', 'Tief', 'Schlusskurs', 'Volumen'])).toEqual({
      date: 0,
      open: 1,
      high: 2,
      low: 3,
      close: 4,
      volume: 5,
    });
    expect(mapColumns(['Datum', 'Erster', 'Hoch', 'Tief', 'Letzter', 'Stücke', 'Umsatz'])).toMatchObject({
      open: 1,
      close: 4,
      volume: 5,
    });
    expect(mapColumns(['Datum', 'Zuletzt', 'Eröffn.', 'Hoch', 'Tief', 'Vol.', '+/- %'])).toMatchObject({
      close: 1,
      open: 2,
      changePercent: 6,
    });
    expect(mapColumns(['Datum', 'Kurs'])).toEqual({ date: 0, close: 1 });
    expect(mapColumns(['Datum', 'Schluss (EUR)', 'Umsatz in Stück'])).toEqual({
      date: 0,
      close: 1,
      volume: 2,
    });
  });

  it('reads English headers and prefers Close over Price and Adj Close', () => {
    expect(mapColumns(['Date', 'Price', 'Open', 'High', 'Low', 'Vol.', 'Change %'])).toMatchObject({
      close: 1,
      volume: 5,
      changePercent: 6,
    });
    expect(mapColumns(['Date', 'Open', 'High', 'Low', 'Close', 'Adj Close', 'Volume'])).toMatchObject({
      close: 4,
      adjClose: 5,
    });
  });
});

describe('header line and metadata', () => {
  it('skips metadata lines above the header and reads symbol, currency and listing from them', () => {
    const text = [
      'Wertpapier: Alibaba Group Holding Ltd.;',
      'ISIN: US01609W1027',
      'Zeitraum: 01.01.2026 - 09.01.2026',
      'Börse: Frankfurt',
      'Währung: EUR',
      '',
      'Datum;Schlusskurs',
      '02.01.2026;133,89',
      '05.01.2026;132,51',
    ].join('\n');
    const result = parseText(text);
    expect(result.ok && result.detected).toMatchObject({
      headerLine: 7,
      symbolSuggestion: 'AHLA',
      currencySuggestion: 'EUR',
      listingSuggestion: 'FRA:AHLA',
      nameSuggestion: 'Alibaba Group Holding Ltd.',
      isin: 'US01609W1027',
    });
  });

  it('uses the close column from an unnamed pandas index header (",Close")', () => {
    const result = parseText(',Close\n2026-01-02,155.74\n2026-01-05,153.96\n');
    expect(result.ok && result.detected.columns).toEqual({ date: 0, close: 1 });
  });

  it('falls back to the adjusted close with a warning when there is no close column', () => {
    const result = parseText('Date,Adj Close\n2026-01-02,155.74\n2026-01-05,153.96\n');
    expect(result.ok && result.warnings.map((w) => w.code)).toContain('close-from-adjusted-close');
    expect(result.ok && result.stats.lastClose).toBe(153.96);
  });

  it('suggests HKEX and HKD for a Yahoo 9988.HK download and reads the currency from a header unit', () => {
    const hk = parseText('Date,Close\n2026-01-02,151.50\n', '9988.HK.csv');
    expect(hk.ok && [hk.detected.listingSuggestion, hk.detected.currencySuggestion]).toEqual([
      'HKEX:9988',
      'HKD',
    ]);
    const eur = parseText('Datum;Schluss (EUR)\n02.01.2026;133,89\n', 'export.csv');
    expect(eur.ok && eur.detected.currencySuggestion).toBe('EUR');
  });
});

describe('tokenizeCsv (RFC 4180)', () => {
  it('keeps delimiters, newlines and doubled quotes inside quoted fields and counts lines', () => {
    const records = tokenizeCsv('"a,b","x\r\ny","say ""hi"""\r\nnext,row\n', ',');
    expect(records).toEqual([
      { fields: ['a,b', 'x\r\ny', 'say "hi"'], line: 1 },
      { fields: ['next', 'row'], line: 3 },
    ]);
  });

  it('reads an unclosed quote as a literal character instead of swallowing the rest of the file', () => {
    const records = tokenizeCsv('Date,Close\n"2026-01-02,155.74\n2026-01-05,153.96\n', ',');
    expect(records.map((r) => r.fields)).toEqual([
      ['Date', 'Close'],
      ['"2026-01-02', '155.74'],
      ['2026-01-05', '153.96'],
    ]);
  });

  it('handles old Mac line endings and skips blank lines', () => {
    expect(tokenizeCsv('a;b\r\r1;2\r', ';')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', '2'], line: 3 },
    ]);
  });
});

describe('delimiter detection', () => {
  it('picks ";" over "," for a German file whose decimal commas also split evenly', () => {
    const result = parseText(
      'Datum;Eröffnung;Schlusskurs\n02.01.2026;126,38;133,89\n05.01.2026;133,10;132,51\n',
    );
    expect(result.ok && [result.detected.delimiter, result.detected.decimalMark]).toEqual([';', ',']);
    expect(result.ok && result.bars[0]).toEqual({ time: '2026-01-02', open: 126.38, close: 133.89 });
  });
});

describe('overrides from the preview', () => {
  const ambiguous = 'Date,Close\n01/02/2026,1.234\n02/02/2026,1.240\n03/02/2026,1.251\n';

  it('flags an undecidable date format and decimal mark instead of hiding the guess', () => {
    const result = parseText(ambiguous);
    expect(result.ok && result.warnings.map((w) => w.code).sort()).toEqual([
      'ambiguous-date-format',
      'ambiguous-decimal-mark',
    ]);
  });

  it('re-reads the file with the date format and decimal mark the user chose', () => {
    const result = parsePriceCsv(new TextEncoder().encode(ambiguous), 'x.csv', {
      dateFormat: 'DD/MM/YYYY',
      decimalMark: ',',
    });
    expect(result.ok && result.bars.map((b) => [b.time, b.close])).toEqual([
      ['2026-02-01', 1234],
      ['2026-02-02', 1240],
      ['2026-02-03', 1251],
    ]);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('takes a delimiter override even when the header would split otherwise', () => {
    const result = parsePriceCsv(new TextEncoder().encode('Date;Close\n2026-01-02;155.74\n'), 'x.csv', {
      delimiter: ',',
    });
    expect(result.ok ? 'ok' : result.error.code).toBe('no-header');
  });
});
