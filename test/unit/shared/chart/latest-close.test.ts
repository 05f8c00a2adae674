import { describe, expect, it } from 'vitest';
import { layoutChartLevels } from '../../../../shared/chart/chart-levels';
import { impliedMoveFromClose, selectLatestClose } from '../../../../shared/chart/latest-close';
import { PRIMARY_LISTING } from '../../../../shared/model/level';
import type { QuoteSeries } from '../../../../shared/model/quote';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

/** An imported USD history for the primary listing. */
function history(bars: QuoteSeries['bars']): QuoteSeries {
  return {
    listing: PRIMARY_LISTING,
    symbol: 'BABA',
    currency: 'USD',
    interval: 'daily',
    bars,
    sourceName: 'baba.csv',
    importedAtMs: 1,
  };
}

describe('selectLatestClose and impliedMoveFromClose', () => {
  it('uses the article close 155.74 USD and gives +31.6 % to the 205 target', () => {
    const { levels } = makeSeedChartData();
    const layout = layoutChartLevels(levels, PRIMARY_LISTING);
    const latest = selectLatestClose(layout.statedQuotes, null);
    expect(latest).toMatchObject({ value: 155.74, currency: 'USD', asOf: '2026-01-02', from: 'article' });
    const target205 = levels.find((level) => level.id === 'lv-target-205')!;
    expect(impliedMoveFromClose(target205, latest)).toBeCloseTo(31.63, 2);
    const mark150 = levels.find((level) => level.id === 'lv-150')!;
    expect(impliedMoveFromClose(mark150, latest)).toBeCloseTo(-3.69, 2);
  });

  it('gives no implied move for the EUR quote or for quotes themselves', () => {
    const { levels } = makeSeedChartData();
    const latest = selectLatestClose(layoutChartLevels(levels, PRIMARY_LISTING).statedQuotes, null);
    expect(
      impliedMoveFromClose(
        levels.find((level) => level.id === 'lv-fra')!,
        latest,
      ),
    ).toBeNull();
    expect(
      impliedMoveFromClose(
        levels.find((level) => level.id === 'lv-close')!,
        latest,
      ),
    ).toBeNull();
    expect(impliedMoveFromClose(levels[1]!, null)).toBeNull();
  });

  it('prefers a newer imported close, and the article close on the same day', () => {
    const { levels } = makeSeedChartData();
    const stated = layoutChartLevels(levels, PRIMARY_LISTING).statedQuotes;
    const newer = selectLatestClose(
      stated,
      history([
        { time: '2026-01-05', close: 160 },
        { time: '2026-01-02', close: 155.5 },
      ]),
    );
    expect(newer).toMatchObject({ value: 160, asOf: '2026-01-05', from: 'import', sourceName: 'baba.csv' });
    const sameDay = selectLatestClose(stated, history([{ time: '2026-01-02', close: 155.5 }]));
    expect(sameDay).toMatchObject({ value: 155.74, from: 'article' });
  });
});
