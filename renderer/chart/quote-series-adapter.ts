import type { LineData, Time, WhitespaceData } from 'lightweight-charts';
import { axisDays, sortedUniquePoints, withWhitespaceDates } from '../../shared/chart/series-points';
import type { PriceLevel } from '../../shared/model/level';
import type { QuoteBar } from '../../shared/model/quote';

/** Converts quote bars into line-series data: closes by date, sorted, one per date (the benchmark times this). */
export function toLineData(bars: readonly QuoteBar[]): LineData<Time>[] {
  return sortedUniquePoints(bars.map((bar) => ({ time: bar.time, value: bar.close })));
}

/** Line data for closes stated in articles, plus an empty point per day so the axis spans `axisDates` to scale. */
export function toStatedPointData(
  statedQuotes: readonly PriceLevel[],
  axisDates: readonly string[],
): Array<LineData<Time> | WhitespaceData<Time>> {
  const points = sortedUniquePoints(
    statedQuotes.flatMap((level) => (level.asOf === null ? [] : [{ time: level.asOf, value: level.value }])),
  );
  return withWhitespaceDates(points, axisDays([...axisDates, ...points.map((point) => point.time)]));
}

/** Imported history plus empty dates for articles outside it, so their ticks still have a place on the axis. */
export function toImportedData(
  bars: readonly QuoteBar[],
  axisDates: readonly string[],
): Array<LineData<Time> | WhitespaceData<Time>> {
  return withWhitespaceDates(
    sortedUniquePoints(bars.map((bar) => ({ time: bar.time, value: bar.close }))),
    axisDates,
  );
}
