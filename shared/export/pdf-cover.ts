import { formatIsoDate, formatPrice, formatSignedPercent } from '../format/locale-format';
import { checkLine } from './check-lines';
import { fillLabel, type DossierLabels } from './dossier-labels';
import type { Dossier } from './dossier-types';
import type { PdfContent, PdfNode } from './pdf-types';

/** The export day as an ISO date (UTC, so tests and file names do not depend on the machine's zone). */
export function isoDayOf(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10);
}

function levelsTable(dossier: Dossier, labels: DossierLabels): PdfContent {
  if (dossier.levelRows.length === 0) return { text: labels.noLevels, style: 'meta' };
  const language = labels.language;
  const header = [labels.columnKind, labels.columnValue, labels.columnMove, labels.columnSource].map(
    (text): PdfNode => ({ text, bold: true, fillColor: '#eef1f5' }),
  );
  const rows = dossier.levelRows.map((row): PdfNode[] => [
    { text: labels.kindNames[row.kind] },
    { text: formatPrice(row.value, row.currency, language), alignment: 'right' },
    {
      text: row.movePercent === null ? '–' : formatSignedPercent(row.movePercent, language),
      alignment: 'right',
    },
    {
      text: [
        row.articleTitle,
        {
          text: ` (${row.publishedOn ? formatIsoDate(row.publishedOn, language) : labels.dateUnknown})`,
          color: '#555555',
        },
      ],
    },
  ]);
  return {
    table: { headerRows: 1, widths: ['auto', 'auto', 'auto', '*'], body: [header, ...rows] },
    layout: 'lightHorizontalLines',
    fontSize: 8.5,
  };
}

function latestCloseLine(dossier: Dossier, labels: DossierLabels): PdfContent {
  const latest = dossier.latestClose;
  if (!latest) return { text: labels.noLatestClose, style: 'meta', margin: [0, 0, 0, 4] };
  return {
    text: fillLabel(labels.latestClose, {
      price: formatPrice(latest.value, latest.currency, labels.language),
      date: formatIsoDate(latest.asOf, labels.language),
    }),
    style: 'meta',
    margin: [0, 0, 0, 4],
  };
}

/** The cover: title, date, counts, the chart image, quotes and targets with implied moves, the narrative checks. */
export function coverContent(dossier: Dossier, labels: DossierLabels, contentWidthPt: number): PdfContent[] {
  const chart: PdfContent = dossier.chartPngDataUrl
    ? {
        image: dossier.chartPngDataUrl,
        fit: [contentWidthPt, 250],
        alignment: 'center',
        margin: [0, 0, 0, 4],
      }
    : { text: labels.chartMissing, style: 'meta' };
  const checks = dossier.checks.map((check) => ({ text: checkLine(check, labels) }));
  return [
    { text: labels.title, style: 'coverTitle' },
    {
      text: fillLabel(labels.createdOn, {
        date: formatIsoDate(isoDayOf(dossier.createdAtMs), labels.language),
      }),
      style: 'meta',
    },
    {
      text: fillLabel(labels.summary, {
        articles: dossier.articles.length,
        passages: dossier.passageCount,
        orphans: dossier.orphanCount,
      }),
      style: 'meta',
      margin: [0, 0, 0, 12],
    },
    ...(dossier.options.includeChart ? [{ text: labels.chartHeading, style: 'sectionHeading' }, chart] : []),
    { text: labels.levelsHeading, style: 'sectionHeading' },
    latestCloseLine(dossier, labels),
    levelsTable(dossier, labels),
    { text: labels.checksHeading, style: 'sectionHeading' },
    checks.length > 0 ? { ul: checks, fontSize: 8.5 } : { text: labels.noChecks, style: 'meta' },
  ];
}
