import type { PriceLevel } from '../../shared/model/level';
import { formatIsoDate } from '../../shared/format/locale-format';
import { isIsoDate } from '../../shared/chart/series-points';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import type { ChartViewModel, LevelEntry } from './chart-view-model';
import { GoToPassageButton } from './GoToPassageButton';

/** Props of the legend: the view model and what a jump does. */
export interface LevelLegendProps {
  model: ChartViewModel;
  swatchColors: Record<PriceLevel['kind'], string>;
  onGoTo: (level: PriceLevel) => void;
  /** Levels on the line whose popover is open: their rows are marked as the current ones. */
  activeLevelIds: readonly string[];
}

/** One legend row: label, value with currency, implied move or date, source and the jump button. */
function LegendItem({
  entry,
  color,
  detail,
  onGoTo,
  isActive,
}: {
  entry: LevelEntry;
  color: string;
  detail: string | null;
  onGoTo: (level: PriceLevel) => void;
  isActive: boolean;
}) {
  const t = useTranslate();
  return (
    <li
      className={`kn-chart-legend-item${isActive ? ' kn-chart-legend-item--active' : ''}`}
      data-level-id={entry.level.id}
      aria-current={isActive || undefined}
    >
      <span className="kn-chart-swatch" style={{ background: color }} aria-hidden="true" />
      <div className="kn-chart-legend-main">
        <span className="kn-chart-legend-label">{entry.label}</span>{' '}
        <span className="kn-chart-legend-value">{entry.priceText}</span>
        {detail !== null && <span className="kn-chart-legend-move"> · {detail}</span>}{' '}
        <span className="kn-chart-badge">{t('chart.fromArticle')}</span>
        <div className="kn-chart-source" title={entry.sourceText}>
          {entry.sourceText}
        </div>
      </div>
      <GoToPassageButton level={entry.level} goToName={entry.goToName} onGoTo={onGoTo} />
    </li>
  );
}

/** The chart's levels as text beside the canvas: readable by screen readers, keyboard users and tests. */
export function LevelLegend({ model, swatchColors, onGoTo, activeLevelIds }: LevelLegendProps) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  const detailOf = (entry: LevelEntry): string | null => {
    if (entry.moveText !== null) return t('chart.legend.move', { move: entry.moveText });
    return entry.level.asOf && isIsoDate(entry.level.asOf)
      ? t('chart.legend.asOf', { date: formatIsoDate(entry.level.asOf, language) })
      : null;
  };
  if (model.entries.length === 0 && model.otherEntries.length === 0) {
    return <p className="kn-chart-legend-empty">{t('chart.legend.empty')}</p>;
  }
  return (
    <div className="kn-chart-legend">
      <p className="kn-chart-legend-note">{model.basisText}</p>
      {model.importedText && <p className="kn-chart-legend-note">{model.importedText}</p>}
      {model.bandText && <p className="kn-chart-legend-note">{model.bandText}</p>}
      <ul className="kn-chart-legend-list" aria-label={t('chart.legend.title')}>
        {model.entries.map((entry) => (
          <LegendItem
            key={entry.level.id}
            entry={entry}
            color={swatchColors[entry.level.kind]}
            detail={detailOf(entry)}
            onGoTo={onGoTo}
            isActive={activeLevelIds.includes(entry.level.id)}
          />
        ))}
      </ul>
      {model.otherEntries.length > 0 && (
        <>
          <h3 className="kn-chart-legend-heading">{t('chart.legend.otherListings')}</h3>
          <ul className="kn-chart-legend-list" aria-label={t('chart.legend.otherListings')}>
            {model.otherEntries.map((entry) => (
              <LegendItem
                key={entry.level.id}
                entry={entry}
                color="transparent"
                detail={[
                  t('chart.legend.listing', { listing: entry.level.listing, currency: entry.level.currency }),
                  detailOf(entry),
                  t('chart.legend.noMove'),
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
                onGoTo={onGoTo}
                isActive={activeLevelIds.includes(entry.level.id)}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
