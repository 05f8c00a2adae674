import { useEffect } from 'react';
import type { PriceLevel } from '../../shared/model/level';
import { useTranslate } from '../i18n/translate';
import type { DrawnLine } from './chart-view-model';
import { SourceSentence } from './SourceSentence';

/** Props of the level popover: which line, where, and what to do on jump or close. */
export interface LevelTooltipProps {
  line: DrawnLine;
  /** The line's y in CSS pixels inside the chart area; the popover opens below it, or above in the lower half. */
  y: number;
  areaHeightPx: number;
  isPinned: boolean;
  onGoTo: (level: PriceLevel) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** Popover for a hovered or clicked price line: article title, the full source sentence, and a jump to it. */
export function LevelTooltip(props: LevelTooltipProps) {
  const { line, y, areaHeightPx, isPinned, onGoTo, onClose } = props;
  const t = useTranslate();
  useEffect(() => {
    if (!isPinned) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isPinned, onClose]);
  const isBelow = y < areaHeightPx / 2;
  const style = isBelow ? { top: Math.round(y + 8) } : { bottom: Math.round(areaHeightPx - y + 8) };
  return (
    <div
      className="kn-chart-tooltip"
      role="dialog"
      aria-label={t('chart.tooltip.label', { level: line.title })}
      style={style}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      {line.entries.map((entry) => (
        <div key={entry.level.id} className="kn-chart-tooltip-entry">
          <div className="kn-chart-tooltip-head">
            <strong>{line.title}</strong>
            <span className="kn-chart-badge">{t('chart.fromArticle')}</span>
          </div>
          <div className="kn-chart-source">{entry.sourceText}</div>
          <SourceSentence article={entry.article} level={entry.level} />
          <button
            type="button"
            className="kn-chart-goto"
            aria-label={entry.goToName}
            onClick={() => onGoTo(entry.level)}
          >
            {t('chart.goToPassage')}
          </button>
        </div>
      ))}
      {isPinned && (
        <button type="button" className="kn-chart-close" aria-label={t('chart.close')} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}
