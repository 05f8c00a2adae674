import { layoutChartLevels, type ChartLevelLayout } from '../../shared/chart/chart-levels';
import { impliedMoveFromClose, selectLatestClose, type LatestClose } from '../../shared/chart/latest-close';
import { formatLevelTitle, levelLabelKey } from '../../shared/chart/level-title';
import { isIsoDate, sortedUniquePoints } from '../../shared/chart/series-points';
import type { UiLanguage } from '../../shared/ipc-contract';
import type { Article } from '../../shared/model/article';
import { PRIMARY_LISTING, type LevelKind, type PriceLevel } from '../../shared/model/level';
import type { QuoteSeries } from '../../shared/model/quote';
import { formatIsoDate, formatPrice, formatSignedPercent } from '../../shared/format/locale-format';
import { translate } from '../i18n/translate';

/** One level as the legend and the tooltip show it, all texts already in the UI language. */
export interface LevelEntry {
  level: PriceLevel;
  label: string;
  priceText: string;
  movePercent: number | null;
  moveText: string | null;
  /** The article the level was read from, or null if it is not in the library. */
  article: Article | null;
  sourceText: string;
  /** Accessible name of the jump button, e.g. "Zur Textstelle: Kursziel Ø 205,00 $". */
  goToName: string;
}

/** A horizontal line the chart draws, with its label and the levels behind it. */
export interface DrawnLine {
  id: string;
  kind: LevelKind;
  value: number;
  title: string;
  isLatestClose: boolean;
  entries: LevelEntry[];
}

/** Everything the chart pane shows, derived from the store. */
export interface ChartViewModel {
  layout: ChartLevelLayout;
  latest: LatestClose | null;
  importedSeries: QuoteSeries | null;
  lines: DrawnLine[];
  /** Entries on the primary scale, highest value first. */
  entries: LevelEntry[];
  /** Entries of other listings and currencies. */
  otherEntries: LevelEntry[];
  basisText: string;
  bandText: string | null;
  /** What the imported history line is: file, number of closes and date range; null without one. */
  importedText: string | null;
  /** Publication dates of the library's articles: the time axis spans them and marks them. */
  articleDates: string[];
}

/** Inputs of the view model: the store's chart-relevant state. */
export interface ChartInputs {
  levels: readonly PriceLevel[];
  quoteSeries: readonly QuoteSeries[];
  articles: readonly Article[];
  language: UiLanguage;
}

/** Builds the texts for one level. */
function makeEntry(level: PriceLevel, inputs: ChartInputs, latest: LatestClose | null): LevelEntry {
  const { language } = inputs;
  const label = translate(language, levelLabelKey(level.kind));
  const priceText = formatPrice(level.value, level.currency, language);
  const movePercent = impliedMoveFromClose(level, latest);
  const article = inputs.articles.find((item) => item.id === level.source.articleId) ?? null;
  const date =
    article?.publishedOn && isIsoDate(article.publishedOn)
      ? formatIsoDate(article.publishedOn, language)
      : translate(language, 'chart.undated');
  const title = article?.title ?? translate(language, 'chart.tooltip.unknownArticle');
  return {
    level,
    label,
    priceText,
    movePercent,
    moveText: movePercent === null ? null : formatSignedPercent(movePercent, language),
    article,
    sourceText: translate(language, 'chart.source', { title, date }),
    goToName: translate(language, 'chart.goToPassageFor', { level: `${label} ${priceText}` }),
  };
}

/** Derives the chart's lines, legend entries and texts from levels, quotes and articles. */
export function buildChartViewModel(inputs: ChartInputs): ChartViewModel {
  const { language } = inputs;
  const importedSeries = inputs.quoteSeries.find((series) => series.listing === PRIMARY_LISTING) ?? null;
  const layout = layoutChartLevels(inputs.levels, PRIMARY_LISTING, importedSeries);
  const latest = selectLatestClose(layout.statedQuotes, importedSeries);
  const entryById = new Map<string, LevelEntry>();
  const entryOf = (level: PriceLevel) => {
    const entry = entryById.get(level.id) ?? makeEntry(level, inputs, latest);
    entryById.set(level.id, entry);
    return entry;
  };

  const lines: DrawnLine[] = layout.lines.map((line) => {
    const entries = line.levels.map(entryOf);
    const label = entries[0]?.label ?? '';
    const title = formatLevelTitle(
      label,
      line.value,
      line.currency,
      entries[0]?.movePercent ?? null,
      language,
    );
    return { id: line.id, kind: line.kind, value: line.value, title, isLatestClose: false, entries };
  });
  if (latest?.level) {
    const entry = entryOf(latest.level);
    const title = formatLevelTitle(entry.label, latest.value, latest.currency, null, language);
    lines.push({
      id: latest.level.id,
      kind: 'quote',
      value: latest.value,
      title,
      isLatestClose: true,
      entries: [entry],
    });
  }

  const entries = [...layout.lines.flatMap((line) => line.levels), ...layout.statedQuotes]
    .map(entryOf)
    .sort((a, b) => b.level.value - a.level.value);
  const otherEntries = layout.otherListings.map(entryOf);

  const basisText = latest
    ? translate(language, 'chart.legend.basis', {
        price: formatPrice(latest.value, latest.currency, language),
        date: formatIsoDate(latest.asOf, language),
        source:
          latest.from === 'article'
            ? translate(language, 'chart.fromArticle')
            : translate(language, 'chart.fromImport', { file: latest.sourceName ?? '' }),
      })
    : translate(language, 'chart.legend.noBasis');
  const bandText = layout.band
    ? translate(language, 'chart.legend.band', {
        low: formatPrice(layout.band.lowValue, layout.band.currency, language),
        high: formatPrice(layout.band.highValue, layout.band.currency, language),
      })
    : null;
  const importedPoints = importedSeries
    ? sortedUniquePoints(importedSeries.bars.map((bar) => ({ time: bar.time, value: bar.close })))
    : [];
  const firstImported = importedPoints[0];
  const lastImported = importedPoints.at(-1);
  const importedText =
    importedSeries && firstImported && lastImported
      ? translate(language, 'chart.legend.imported', {
          file: importedSeries.sourceName,
          count: importedPoints.length,
          from: formatIsoDate(firstImported.time, language),
          to: formatIsoDate(lastImported.time, language),
        })
      : null;
  const articleDates = inputs.articles.flatMap((article) =>
    article.publishedOn && isIsoDate(article.publishedOn) ? [article.publishedOn] : [],
  );

  return {
    layout,
    latest,
    importedSeries,
    lines,
    entries,
    otherEntries,
    basisText,
    bandText,
    importedText,
    articleDates,
  };
}
