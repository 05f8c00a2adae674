import { describe, expect, it } from 'vitest';
import { layoutChartLevels } from '../../../../shared/chart/chart-levels';
import { PRIMARY_LISTING } from '../../../../shared/model/level';
import type { QuoteSeries } from '../../../../shared/model/quote';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

describe('layoutChartLevels', () => {
  it('draws the seed levels on the USD scale and keeps the Frankfurt EUR quote apart', () => {
    const { levels } = makeSeedChartData();
    const layout = layoutChartLevels(levels, PRIMARY_LISTING);
    expect(layout.primaryCurrency).toBe('USD');
    expect(layout.lines.map((line) => [line.kind, line.value])).toEqual([
      ['target', 205],
      ['fair_value', 198],
      ['target', 194],
      ['high_52w', 192],
      ['level', 150],
    ]);
    expect(layout.band).toMatchObject({ lowValue: 194, highValue: 205, currency: 'USD' });
    expect(layout.statedQuotes.map((level) => level.value)).toEqual([155.74]);
    expect(layout.otherListings.map((level) => [level.listing, level.currency, level.value])).toEqual([
      ['FRA:AHLA', 'EUR', 132.2],
    ]);
  });

  it('merges two articles stating the same level into one line with both sources', () => {
    const { levels } = makeSeedChartData();
    const twin = { ...levels[3]!, id: 'lv-fair-2' };
    const layout = layoutChartLevels([...levels, twin], PRIMARY_LISTING);
    const fair = layout.lines.filter((line) => line.kind === 'fair_value');
    expect(fair).toHaveLength(1);
    expect(fair[0]!.levels.map((level) => level.id)).toEqual(['lv-fair', 'lv-fair-2']);
  });

  it('draws no band for a single target and ignores non-positive or non-finite values', () => {
    const { levels } = makeSeedChartData();
    const oneTarget = levels.filter((level) => level.id !== 'lv-target-194');
    const broken = { ...levels[4]!, id: 'nan', value: Number.NaN };
    const layout = layoutChartLevels([...oneTarget, broken], PRIMARY_LISTING);
    expect(layout.band).toBeNull();
    expect(layout.lines.some((line) => line.id === 'nan')).toBe(false);
  });

  it('keeps a primary-listing level in another currency off the primary scale', () => {
    const { levels } = makeSeedChartData();
    const series: QuoteSeries = {
      listing: PRIMARY_LISTING,
      symbol: 'BABA',
      currency: 'USD',
      interval: 'daily',
      bars: [],
      sourceName: 'baba.csv',
      importedAtMs: 0,
    };
    const hkd = { ...levels[1]!, id: 'hkd', currency: 'HKD' as const, value: 180 };
    const layout = layoutChartLevels([...levels, hkd], PRIMARY_LISTING, series);
    expect(layout.otherListings.map((level) => level.id)).toContain('hkd');
    expect(layout.lines.map((line) => line.id)).not.toContain('hkd');
  });
});
