import { useEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { Article } from '../../../shared/model/article';
import { useTranslate } from '../../i18n/translate';
import { useAppStore } from '../../store/app-store';
import { suggestionAt, type FigureSuggestion } from '../use-figure-suggestions';
import { FigurePopover } from './FigurePopover';
import '../figures.css';

/** Props of ReaderFigures. */
interface ReaderFiguresProps {
  article: Article;
  suggestions: readonly FigureSuggestion[];
  containerRef: RefObject<HTMLElement | null>;
}

/** The figure's kind as the extractor read it, for labels. */
function kindKey(suggestion: FigureSuggestion) {
  return `figures.kind.${suggestion.pinnedLevel?.kind ?? suggestion.figure.kind}` as `figures.kind.${'quote'}`;
}

/**
 * The article's recognised price figures as a row of buttons (the keyboard way to them) and the
 * suggestion popover, opened from a button or by clicking a figure's dotted mark in the text.
 */
export function ReaderFigures({ article, suggestions, containerRef }: ReaderFiguresProps) {
  const t = useTranslate();
  const focusLevelOnChart = useAppStore((state) => state.focusLevelOnChart);
  const [open, setOpen] = useState<{ suggestion: FigureSuggestion; anchor: DOMRect } | null>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const onClick = (event: MouseEvent) => {
      if (!window.getSelection()?.isCollapsed) return;
      const suggestion = suggestionAt(event.target, suggestions);
      const mark = event.target instanceof Element ? event.target.closest('mark') : null;
      if (!suggestion || !mark) return;
      // A figure already on the chart is shown there; offering to pin it again would make a duplicate.
      if (suggestion.pinnedLevel) return focusLevelOnChart(suggestion.pinnedLevel.id);
      openerRef.current =
        listRef.current?.querySelector<HTMLElement>(`[data-figure="${suggestion.rangeId}"]`) ?? null;
      setOpen({ suggestion, anchor: mark.getBoundingClientRect() });
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [containerRef, suggestions, focusLevelOnChart]);

  const close = (returnFocus: boolean) => {
    setOpen(null);
    if (returnFocus) openerRef.current?.focus();
  };

  if (suggestions.length === 0) return null;
  return (
    <nav className="reader-figures" aria-label={t('figures.list.label', { count: suggestions.length })}>
      <ul ref={listRef} className="reader-figures__list">
        {suggestions.map((suggestion) => (
          <li key={suggestion.rangeId}>
            <button
              type="button"
              className="reader-figures__chip"
              data-figure={suggestion.rangeId}
              aria-label={t('figures.mark.label', {
                surface: suggestion.figure.surface,
                kind: t(kindKey(suggestion)),
              })}
              aria-haspopup={suggestion.pinnedLevel ? undefined : 'dialog'}
              aria-description={suggestion.pinnedLevel ? t('figures.list.showOnChart') : undefined}
              onClick={(event) => {
                if (suggestion.pinnedLevel) return focusLevelOnChart(suggestion.pinnedLevel.id);
                openerRef.current = event.currentTarget;
                setOpen({ suggestion, anchor: event.currentTarget.getBoundingClientRect() });
              }}
            >
              <span className="reader-figures__surface">{suggestion.figure.surface}</span>
              <span className="reader-figures__kind">
                {t(kindKey(suggestion))}
                {suggestion.pinnedLevel ? ` · ${t('figures.list.pinned')}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {open
        ? createPortal(
            <FigurePopover
              key={open.suggestion.rangeId}
              article={article}
              suggestion={open.suggestion}
              anchor={open.anchor}
              onClose={close}
            />,
            document.body,
          )
        : null}
    </nav>
  );
}
