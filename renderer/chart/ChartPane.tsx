import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Time, MouseEventParams } from 'lightweight-charts';
import type { PriceLevel } from '../../shared/model/level';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { buildChartViewModel } from './chart-view-model';
import { chartPalette } from './chart-theme';
import { LevelChart } from './level-chart';
import { chartTexts } from './chart-texts';
import { formatArticleDate } from '../components/article-date';
import { LevelLegend } from './LevelLegend';
import { LevelTooltip } from './LevelTooltip';
import { PriceHistoryEmpty } from './PriceHistoryEmpty';
import { placePopover, type PopoverPlacement } from './popover-placement';
import { useEffectiveTheme } from './use-effective-theme';
import { useDatePins } from '../annotations/hooks/use-date-pins';
import { datePinMarkers, datePinOfMarker } from '../annotations/date-pins';
import { DatePinList, revealDatePin } from '../annotations/components/DatePinList';
import { registerChartSnapshot } from '../export/chart-snapshot';
import { ChecksSummary } from '../figures/components/ChecksSummary';
import './chart-pane.css';

/** The line whose popover is open: hovered (closes when the pointer leaves) or pinned by a click. */
interface ActiveLine {
  lineId: string;
  y: number;
  areaHeightPx: number;
  placement: PopoverPlacement;
  isPinned: boolean;
}

// Grace period so the pointer can travel from a line into its popover without it closing.
const HIDE_DELAY_MS = 250;

// The palette of the dossier's chart picture.
const PRINT_PALETTE = chartPalette('light');

/** Resolves after `count` animation frames: by then the chart has painted what was just set. */
function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** The chart pane: quote points and history, price levels with labels, the target band, popovers and the legend. */
export function ChartPane() {
  const t = useTranslate();
  const { levels, quoteSeries, articles, language, selectedArticleId, revealPassage, chartFocusRequest } =
    useAppStore(
      useShallow((state) => ({
        chartFocusRequest: state.chartFocusRequest,
        levels: state.levels,
        quoteSeries: state.quoteSeries,
        articles: state.articles,
        language: state.language,
        selectedArticleId: state.selectedArticleId,
        revealPassage: state.revealPassage,
      })),
    );
  const theme = useEffectiveTheme();
  const palette = chartPalette(theme);
  const model = useMemo(
    () => buildChartViewModel({ levels, quoteSeries, articles, language }),
    [levels, quoteSeries, articles, language],
  );
  const snapshotRef = useRef({
    model,
    palette,
    language,
    inputs: { levels, quoteSeries, articles },
    selectedDate: null as string | null,
    selectedLabel: '',
  });
  const sectionRef = useRef<HTMLElement>(null);
  const areaRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<LevelChart | null>(null);
  const firstPalette = useRef(palette);
  const datePins = useDatePins();
  const datePinsRef = useRef(datePins);
  const [active, setActive] = useState<ActiveLine | null>(null);
  const activeRef = useRef<ActiveLine | null>(null);
  const hideTimer = useRef<number | undefined>(undefined);

  const show = useCallback((next: ActiveLine | null) => {
    window.clearTimeout(hideTimer.current);
    activeRef.current = next;
    setActive(next);
  }, []);
  const hideSoon = useCallback(() => {
    if (!activeRef.current || activeRef.current.isPinned) return;
    window.clearTimeout(hideTimer.current);
    hideTimer.current = window.setTimeout(() => show(null), HIDE_DELAY_MS);
  }, [show]);

  useEffect(() => {
    const area = areaRef.current;
    if (!area) return undefined;
    const chart = new LevelChart(area, firstPalette.current);
    chartRef.current = chart;
    const unregisterSnapshot = registerChartSnapshot(async (snapshotLanguage) => {
      const shown = snapshotRef.current;
      // The dossier's picture: labels in the dossier's language, the light palette whatever the app's
      // theme (it is printed on white), and no "this article" marker (a dossier covers many). The chart
      // repaints on the next frames, so wait for them before the picture.
      const isRelabelled = snapshotLanguage !== shown.language;
      const isRecoloured = shown.palette !== PRINT_PALETTE;
      chart.setSelectedArticle(null, '');
      if (isRecoloured) chart.applyPalette(PRINT_PALETTE);
      if (isRelabelled)
        chart.setModel(
          buildChartViewModel({ ...shown.inputs, language: snapshotLanguage }),
          chartTexts(snapshotLanguage),
        );
      try {
        await nextFrames(2);
        return chart.takeScreenshot();
      } finally {
        if (isRecoloured) chart.applyPalette(shown.palette);
        if (isRelabelled) chart.setModel(shown.model, chartTexts(shown.language));
        chart.setSelectedArticle(shown.selectedDate, shown.selectedLabel);
      }
    });
    const activate = (params: MouseEventParams<Time>, isPinned: boolean): ActiveLine | null => {
      const hit = params.point ? chart.lineAt(params.point.x, params.point.y) : null;
      const pane = sectionRef.current?.getBoundingClientRect();
      if (!hit || !pane) return null;
      const areaTop = area.getBoundingClientRect().top;
      const placement = placePopover(areaTop + hit.y, pane.top, pane.bottom);
      return { ...hit, areaHeightPx: area.clientHeight, placement, isPinned };
    };
    const unsubscribe = chart.onPointer(
      (params) => {
        if (activeRef.current?.isPinned) return;
        const next = activate(params, false);
        area.style.cursor = next ? 'pointer' : '';
        if (next) show(next);
        else hideSoon();
      },
      (params) => {
        // A click on a note's article-date marker jumps to the note's passage.
        const pin = datePinOfMarker(datePinsRef.current, params.hoveredObjectId);
        if (pin) revealDatePin(pin);
        else show(activate(params, true));
      },
    );
    return () => {
      unsubscribe();
      unregisterSnapshot();
      window.clearTimeout(hideTimer.current);
      chart.remove();
      chartRef.current = null;
    };
  }, [show, hideSoon]);

  useEffect(() => {
    snapshotRef.current = { ...snapshotRef.current, palette };
    chartRef.current?.applyPalette(palette);
  }, [palette]);
  useEffect(() => {
    datePinsRef.current = datePins;
    chartRef.current?.setDatePinMarkers(datePinMarkers(datePins, theme));
  }, [datePins, theme, model]);
  useEffect(() => {
    // What the snapshot restores after relabelling the chart for a dossier in another language.
    snapshotRef.current = {
      ...snapshotRef.current,
      model,
      language,
      inputs: { levels, quoteSeries, articles },
    };
    chartRef.current?.setModel(model, chartTexts(language));
    // The axis length in days, for tools and tests that check the spacing is to scale.
    const frame = requestAnimationFrame(() => {
      if (areaRef.current && chartRef.current)
        areaRef.current.dataset.daysShown = String(chartRef.current.daysShown());
    });
    return () => cancelAnimationFrame(frame);
  }, [model, language, levels, quoteSeries, articles]);
  const selected = articles.find((article) => article.id === selectedArticleId);
  const selectedDate = selected?.publishedOn ?? null;
  const selectedLabel = selected
    ? t('chart.marker.selected', { date: formatArticleDate(selected, language) })
    : '';
  useEffect(() => {
    snapshotRef.current = { ...snapshotRef.current, selectedDate, selectedLabel };
    chartRef.current?.setSelectedArticle(selectedDate, selectedLabel);
  }, [selectedDate, selectedLabel, model]);

  const goTo = useCallback(
    (level: PriceLevel) =>
      revealPassage({
        articleId: level.source.articleId,
        startCodePoints: level.source.startCodePoints,
        endCodePoints: level.source.endCodePoints,
      }),
    [revealPassage],
  );
  const close = useCallback(() => show(null), [show]);
  const activeLine = active ? model.lines.find((line) => line.id === active.lineId) : undefined;
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => chartRef.current?.setEmphasizedLine(active?.lineId ?? null), [active, model]);
  // Text → chart: a pinned figure clicked in the reader opens its line's popover, drawn heavier.
  const shownFocusNonce = useRef(0);
  useEffect(() => {
    const chart = chartRef.current;
    const area = areaRef.current;
    const pane = sectionRef.current;
    if (!chartFocusRequest || chartFocusRequest.nonce === shownFocusNonce.current || !chart || !area || !pane)
      return;
    shownFocusNonce.current = chartFocusRequest.nonce;
    const line = model.lines.find((item) =>
      item.entries.some((entry) => entry.level.id === chartFocusRequest.levelId),
    );
    if (!line) return;
    // The pane scrolls when it is short: bring the chart itself back into view first.
    area.scrollIntoView({ block: 'nearest' });
    const y = chart.lineY(line.id) ?? area.clientHeight / 2;
    const bounds = pane.getBoundingClientRect();
    const placement = placePopover(area.getBoundingClientRect().top + y, bounds.top, bounds.bottom);
    show({ lineId: line.id, y, areaHeightPx: area.clientHeight, placement, isPinned: true });
    setAnnouncement(t('chart.focus.announce', { level: line.title }));
  }, [chartFocusRequest, model, show, t]);

  return (
    <section ref={sectionRef} className="kn-chart-pane" aria-labelledby="kn-chart-title" data-theme={theme}>
      <h2 id="kn-chart-title" className="kn-chart-title">
        {t('chart.title')}
      </h2>
      <div className="kn-chart-stage">
        <div
          ref={areaRef}
          className="kn-chart-area"
          role="figure"
          aria-label={t('chart.canvasLabel')}
          aria-description={selectedLabel || undefined}
        />
        {active && activeLine && (
          <LevelTooltip
            line={activeLine}
            y={active.y}
            areaHeightPx={active.areaHeightPx}
            placement={active.placement}
            isPinned={active.isPinned}
            onGoTo={goTo}
            onClose={close}
            onPointerEnter={() => window.clearTimeout(hideTimer.current)}
            onPointerLeave={hideSoon}
          />
        )}
      </div>
      {model.importedSeries ? null : <PriceHistoryEmpty />}
      <ChecksSummary />
      <LevelLegend
        model={model}
        swatchColors={palette.kind}
        onGoTo={goTo}
        activeLevelIds={activeLine?.entries.map((entry) => entry.level.id) ?? []}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <DatePinList pins={datePins} />
    </section>
  );
}
