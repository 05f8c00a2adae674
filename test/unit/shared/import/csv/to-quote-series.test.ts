import { describe, expect, it } from 'vitest';
import { toQuoteSeries } from '../../../../../shared/import/csv';
import { parseFixtureOk } from './fixture-files';

describe('toQuoteSeries', () => {
  it('builds the chart series from a preview with what the user confirmed', () => {
    const preview = parseFixtureOk('comdirect-AHLA-Frankfurt.csv');
    const series = toQuoteSeries(
      preview,
      { symbol: ' AHLA ', currency: 'EUR', listing: 'FRA:AHLA' },
      1_763_726_400_000,
    );
    expect(series).toMatchObject({
      listing: 'FRA:AHLA',
      symbol: 'AHLA',
      currency: 'EUR',
      interval: 'daily',
      sourceName: 'comdirect-AHLA-Frankfurt.csv',
      importedAtMs: 1_763_726_400_000,
    });
    expect(series.bars).toEqual(preview.bars);
  });

  it('copies the bars, so editing the preview afterwards cannot change the stored series', () => {
    const preview = parseFixtureOk('BABA.csv');
    const series = toQuoteSeries(preview, { symbol: 'BABA', currency: 'USD', listing: 'NYSE:BABA' }, 0);
    preview.bars[0]!.close = 1;
    expect(series.bars[0]!.close).toBe(178.4);
  });
});

describe('the preview crosses process boundaries', () => {
  it('is plain data that structuredClone (Electron IPC, postMessage) copies unchanged', () => {
    const preview = parseFixtureOk('BABA Historische Daten.csv');
    expect(structuredClone(preview)).toEqual(preview);
  });
});
