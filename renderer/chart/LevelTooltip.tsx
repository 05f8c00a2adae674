import { useEffect } from 'react';
import type { PriceLevel } from '../../shared/model/level';
import { useTranslate } from '../i18n/translate';
import type { DrawnLine } from './chart-view-model';
import type { PopoverPlacement } from './popover-placement';
import { SourceSentence } from './SourceSentence';
import { GoToPassageButton } from './GoToPassageButton';

/** Props of the level popover: which line, where, and what to do on jump or close. */
export interface LevelTooltipProps {
  line: DrawnLine;
  /** The line's y in CSS pixels inside the chart area. */
  y: number;
  areaHeightPx: number;
  placement: PopoverPlacement;
  isPinned: boolean;
  onGoTo: (level: PriceLevel) => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** Popover for a hovered or clicked price line: article title, the full source sentence, and a jump to it. */
export function LevelTooltip(props: LevelTooltipProps) {
  const { line, y, areaHeightPx, placement, isPinned, onGoTo, onClose } = props;
  const t = useTranslate();
  useEffect(() => {
    if (!isPinned) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [isPinned, onClose]);
  const style =
    placement.side === 'below'
      ? { top: Math.round(y + 8), maxHeight: placement.maxHeightPx }
      : { bottom: Math.round(areaHeightPx - y + 8), maxHeight: placement.maxHeightPx };
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
          {/* The jump sits at the top, close to the line, so the pointer reaches it in one short move. */}
          <GoToPassageButton level={entry.level} goToName={entry.goToName} onGoTo={onGoTo} />
          <div className="kn-chart-source">{entry.sourceText}</div>
          <SourceSentence article={entry.article} level={entry.level} />
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
