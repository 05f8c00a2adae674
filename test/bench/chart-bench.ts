// Times the chart's setData with the product's own adapter and lightweight-charts, in the browser.
import { createChart, LineSeries } from 'lightweight-charts';
import { toLineData } from '../../renderer/chart/quote-series-adapter';
import { makeDailyBars } from '../fixtures/factories/quote-bars';

const TRADING_DAYS_PER_YEAR = 252;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median time to convert and set `years` of daily bars on a fresh line series. */
function timeSetData(container: HTMLElement, years: number, runs: number): number {
  const bars = makeDailyBars(years * TRADING_DAYS_PER_YEAR, '2016-01-04', 50);
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const chart = createChart(container, { width: 900, height: 500 });
    const series = chart.addSeries(LineSeries, {});
    const started = performance.now();
    series.setData(toLineData(bars));
    samples.push(performance.now() - started);
    chart.remove();
  }
  return median(samples);
}

declare global {
  interface Window {
    runChartBench: () => { tenYearsMs: number; oneYearMs: number; bars: number };
  }
}

window.runChartBench = () => {
  const container = document.getElementById('chart')!;
  timeSetData(container, 1, 3); // warm-up: JIT and font loading are not what we measure
  const oneYearMs = timeSetData(container, 1, 9);
  const tenYearsMs = timeSetData(container, 10, 9);
  return { tenYearsMs, oneYearMs, bars: 10 * TRADING_DAYS_PER_YEAR };
};
