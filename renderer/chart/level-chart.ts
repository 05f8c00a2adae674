import {
  ColorType,
  createChart,
  createSeriesMarkers,
  LineSeries,
  LineStyle,
  type IChartApi,
  type IPriceLine,
  type ISeriesApi,
  type ISeriesMarkersPluginApi,
  type LineWidth,
  type MouseEventParams,
  type SeriesMarker,
  type Time,
} from 'lightweight-charts';
import { isIsoDate } from '../../shared/chart/series-points';
import { ArticleDatesPrimitive } from './article-dates-primitive';
import type { ChartPalette } from './chart-theme';
import type { ChartViewModel, DrawnLine } from './chart-view-model';
import { LevelLabelsPrimitive } from './level-labels-primitive';
import { toImportedData, toStatedPointData } from './quote-series-adapter';
import { TargetBandPrimitive } from './target-band-primitive';

/** How close (CSS pixels) the pointer must come to a price line to count as hovering it. */
export const LINE_HIT_TOLERANCE_PX = 5;

/** What the pointer is on: a drawn line's id and its y coordinate, or nothing. */
export interface LineHit {
  lineId: string;
  y: number;
}

/** Texts the chart itself draws: the article marker's word and the locale of its axes. */
export interface ChartTexts {
  markerText: string;
  locale: string;
}

/** A price line's width: levels and the latest close a little heavier; the line shown from the text heaviest. */
function lineWidthOf(line: DrawnLine, isEmphasized: boolean): LineWidth {
  if (isEmphasized) return 4;
  return line.kind === 'level' || line.isLatestClose ? 2 : 1;
}

/** Owns one lightweight-charts instance: its series, price lines, primitives and pointer events. */
export class LevelChart {
  private readonly chart: IChartApi;
  private readonly statedSeries: ISeriesApi<'Line', Time>;
  private importedSeries: ISeriesApi<'Line', Time> | null = null;
  private readonly markers: ISeriesMarkersPluginApi<Time>;
  private readonly band = new TargetBandPrimitive();
  private readonly labels = new LevelLabelsPrimitive();
  private readonly articleDates = new ArticleDatesPrimitive();
  private priceLines: IPriceLine[] = [];
  // Notes pinned to article dates (renderer/annotations): a series of their own, created on first use.
  private datePins: { series: ISeriesApi<'Line', Time>; markers: ISeriesMarkersPluginApi<Time> } | null =
    null;
  private model: ChartViewModel | null = null;
  private emphasizedLineId: string | null = null;
  private palette: ChartPalette;
  private texts: ChartTexts = { markerText: '', locale: 'de-DE' };

  constructor(container: HTMLElement, palette: ChartPalette) {
    this.palette = palette;
    this.chart = createChart(container, {
      autoSize: true,
      // The attribution link stays: the library's licence asks for it.
      layout: { attributionLogo: true, fontSize: 12 },
      // The bottom margin keeps the lowest level's label clear of the attribution logo in the corner.
      rightPriceScale: { scaleMargins: { top: 0.08, bottom: 0.2 } },
      // Room right of the newest point for its close marker caption.
      timeScale: { rightOffsetPixels: 36 },
    });
    // Article closes are separate points: joining them with a line would invent the prices in between.
    this.statedSeries = this.chart.addSeries(LineSeries, {
      lineVisible: false,
      pointMarkersVisible: true,
      pointMarkersRadius: 4,
      lastValueVisible: false,
      priceLineVisible: false,
      crosshairMarkerVisible: false,
    });
    this.statedSeries.attachPrimitive(this.band);
    this.statedSeries.attachPrimitive(this.articleDates);
    this.statedSeries.attachPrimitive(this.labels);
    this.markers = createSeriesMarkers(this.statedSeries, []);
    this.applyPalette(palette);
  }

  /** Recolours everything for a theme. */
  applyPalette(palette: ChartPalette): void {
    this.palette = palette;
    this.chart.applyOptions({
      layout: { background: { type: ColorType.Solid, color: palette.background }, textColor: palette.text },
      grid: { vertLines: { color: palette.grid }, horzLines: { color: palette.grid } },
      rightPriceScale: { borderColor: palette.border },
      timeScale: { borderColor: palette.border },
    });
    this.statedSeries.applyOptions({ color: palette.statedPoint });
    this.importedSeries?.applyOptions({ color: palette.importedLine });
    this.band.applyOptions({ fillColor: palette.bandFill, edgeColor: palette.bandEdge });
    this.articleDates.applyOptions({ color: palette.articleTick, selectedColor: palette.selectedTick });
    this.labels.applyOptions({ textColor: palette.text, backgroundColor: palette.labelBackground });
    if (this.model) this.setModel(this.model, this.texts);
  }

  /** Shows a view model: series data, price lines, band, labels and article markers. */
  setModel(model: ChartViewModel, texts: ChartTexts): void {
    this.model = model;
    this.texts = texts;
    const { markerText } = texts;
    const priceFormat = new Intl.NumberFormat(texts.locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    // Axis and crosshair prices in the UI language's notation (de 155,74 · en 155.74).
    this.chart.applyOptions({
      localization: { locale: texts.locale, priceFormatter: (price: number) => priceFormat.format(price) },
    });
    const palette = this.palette;
    const bars = model.importedSeries?.bars ?? null;
    if (bars && !this.importedSeries) {
      this.importedSeries = this.chart.addSeries(
        LineSeries,
        { color: palette.importedLine, lineWidth: 2, priceLineVisible: false },
        0,
      );
    } else if (!bars && this.importedSeries) {
      this.chart.removeSeries(this.importedSeries);
      this.importedSeries = null;
    }
    const importedData = toImportedData(bars ?? [], model.articleDates);
    // One slot per calendar day across articles and history alike: a history's weekends and holidays
    // must not make its stretch of the axis denser than the articles' stretch.
    const historyEnds = importedData.length === 0 ? [] : [importedData[0]!.time, importedData.at(-1)!.time];
    const statedData = toStatedPointData(model.layout.statedQuotes, [
      ...model.articleDates,
      ...historyEnds.map(String),
    ]);
    this.importedSeries?.setData(importedData);
    this.statedSeries.setData(statedData);
    this.markers.setMarkers(
      model.layout.statedQuotes.flatMap((level) =>
        // A marker needs a valid date that is on the time scale; malformed dates were dropped from the data.
        level.asOf === null || !isIsoDate(level.asOf)
          ? []
          : [
              {
                time: level.asOf,
                position: 'aboveBar' as const,
                shape: 'arrowDown' as const,
                color: palette.statedPoint,
                text: markerText,
              },
            ],
      ),
    );

    for (const line of this.priceLines) this.statedSeries.removePriceLine(line);
    this.priceLines = model.lines.map((line) =>
      this.statedSeries.createPriceLine({
        id: line.id,
        price: line.value,
        color: palette.kind[line.kind],
        lineWidth: lineWidthOf(line, line.id === this.emphasizedLineId),
        lineStyle: line.isLatestClose
          ? LineStyle.Dashed
          : line.kind === 'target'
            ? LineStyle.Solid
            : LineStyle.Dotted,
        axisLabelVisible: true,
        // The title is drawn by the labels primitive, which keeps close levels (192/194) from overlapping.
        title: '',
      }),
    );
    this.labels.applyOptions({
      labels: model.lines.map((line) => ({
        id: line.id,
        price: line.value,
        text: line.title,
        color: palette.kind[line.kind],
      })),
    });
    const band = model.layout.band;
    this.band.applyOptions(
      band ? { visible: true, lowPrice: band.lowValue, highPrice: band.highValue } : { visible: false },
    );
    this.articleDates.applyOptions({ dates: model.articleDates });
    this.chart.timeScale().fitContent();
    // fitContent stops at the last priced point; the axis must also reach a later article's date.
    // Both series are sorted by date: the axis runs from the earlier first point to the later last one.
    const ends = [statedData, bars ? importedData : []]
      .flatMap((data) => (data.length === 0 ? [] : [data[0]!.time, data[data.length - 1]!.time]))
      .map(String)
      .sort();
    const first = ends[0];
    const last = ends[ends.length - 1];
    if (first !== undefined && last !== undefined && first < last)
      this.chart.timeScale().setVisibleRange({ from: first, to: last });
  }

  /** How many days the time axis shows: one slot per calendar day, so dates are spaced to scale. */
  daysShown(): number {
    const range = this.chart.timeScale().getVisibleLogicalRange();
    return range ? Math.round(range.to - range.from) : 0;
  }

  /** Marks the publication date of the article open in the reader (null: none or undated). */
  setSelectedArticle(date: string | null, label: string): void {
    this.articleDates.applyOptions({ selectedDate: date, selectedLabel: label });
  }

  /** The y of a drawn line in CSS pixels inside the chart area, or null when it is off the visible scale. */
  lineY(lineId: string): number | null {
    const line = this.model?.lines.find((item) => item.id === lineId);
    return line ? this.statedSeries.priceToCoordinate(line.value) : null;
  }

  /** Draws one line thicker (the line whose popover is open), the others at their normal width. */
  setEmphasizedLine(lineId: string | null): void {
    this.emphasizedLineId = lineId;
    const lines = this.model?.lines ?? [];
    this.priceLines.forEach((priceLine, index) => {
      const line = lines[index];
      if (line) priceLine.applyOptions({ lineWidth: lineWidthOf(line, line.id === lineId) });
    });
  }

  /** The drawn line under a pointer position: a label box, or a line within the hit tolerance. */
  lineAt(x: number, y: number): LineHit | null {
    const lines = this.model?.lines ?? [];
    const labelId = this.labels.labelAt(x, y);
    const candidates = lines.flatMap((line) => {
      const lineY = this.statedSeries.priceToCoordinate(line.value);
      return lineY === null ? [] : [{ lineId: line.id, y: lineY, distance: Math.abs(lineY - y) }];
    });
    const labelled = candidates.find((candidate) => candidate.lineId === labelId);
    if (labelled) return { lineId: labelled.lineId, y: labelled.y };
    const nearest = candidates.sort((a, b) => a.distance - b.distance)[0];
    return nearest && nearest.distance <= LINE_HIT_TOLERANCE_PX
      ? { lineId: nearest.lineId, y: nearest.y }
      : null;
  }

  /** Subscribes to pointer moves and clicks; returns the unsubscribe function. */
  onPointer(
    onMove: (params: MouseEventParams<Time>) => void,
    onClick: (params: MouseEventParams<Time>) => void,
  ): () => void {
    this.chart.subscribeCrosshairMove(onMove);
    this.chart.subscribeClick(onClick);
    return () => {
      this.chart.unsubscribeCrosshairMove(onMove);
      this.chart.unsubscribeClick(onClick);
    };
  }

  /**
   * Shows notes pinned to article dates as markers below the latest close on those dates. They sit on a
   * series of their own (no line, left out of autoscale): markers on the stated series' whitespace drift.
   */
  setDatePinMarkers(markers: SeriesMarker<Time>[]): void {
    const anchorValue = this.model?.latest?.value ?? this.model?.lines[0]?.value;
    const onScale = new Set(this.model?.articleDates ?? []);
    const dateOf = (time: Time) => (typeof time === 'string' && onScale.has(time) ? time : null);
    const placed = anchorValue === undefined ? [] : markers.filter((marker) => dateOf(marker.time) !== null);
    placed.sort((a, b) => (dateOf(a.time) ?? '').localeCompare(dateOf(b.time) ?? ''));
    if (!this.datePins) {
      const series = this.chart.addSeries(LineSeries, {
        lineVisible: false,
        pointMarkersVisible: false,
        lastValueVisible: false,
        priceLineVisible: false,
        crosshairMarkerVisible: false,
        autoscaleInfoProvider: () => null,
      });
      this.datePins = { series, markers: createSeriesMarkers(series, []) };
    }
    const dates = [...new Set(placed.map((marker) => dateOf(marker.time) ?? ''))];
    this.datePins.series.setData(dates.map((time) => ({ time, value: anchorValue ?? 0 })));
    this.datePins.markers.setMarkers(placed);
  }

  /** The chart as one canvas (series, lines and primitives drawn), e.g. for the PDF dossier. */
  takeScreenshot(): HTMLCanvasElement {
    // With the top layer: the level labels are a top-layer primitive and would be missing otherwise.
    return this.chart.takeScreenshot(true, false);
  }

  /** Destroys the chart and its canvases. */
  remove(): void {
    this.chart.remove();
  }
}
