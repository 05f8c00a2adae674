import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Article } from '../../../shared/model/article';
import type { LevelKind } from '../../../shared/model/level';
import { CURRENCY_CODES, type CurrencyCode } from '../../../shared/model/money';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { PINNABLE_KINDS, draftFromFigure, pinFromDraft, type DraftProblem } from '../figure-suggestion';
import { pinFigure } from '../pin-figure';
import type { FigureSuggestion } from '../use-figure-suggestions';
import { LocalDateInput } from '../../components/LocalDateInput';

/** Props of FigurePopover. */
interface FigurePopoverProps {
  article: Article;
  suggestion: FigureSuggestion;
  /** Where to open: the figure's mark or its button in the list (viewport pixels). */
  anchor: DOMRect;
  /** Closes it; returnFocus is false when the user pressed somewhere else (focus stays there). */
  onClose: (returnFocus: boolean) => void;
}

const WIDTH_PX = 340;

/**
 * The suggestion popover: the figure's value, kind, currency and date as recognised, all correctable, and
 * one action that pins it to the chart. Nothing reaches the chart before that action.
 */
export function FigurePopover({ article, suggestion, anchor, onClose }: FigurePopoverProps) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  const idPrefix = useId();
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(() => draftFromFigure(suggestion.figure, article.publishedOn, language));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const [isSaving, setSaving] = useState(false);

  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => firstFieldRef.current?.focus(), []);
  useEffect(() => {
    // A press anywhere else dismisses the suggestion unchanged (a click on another figure then opens that one).
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) onClose(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = pinFromDraft(draft, language);
    if (!result.ok) return setProblem(result.problem);
    setSaving(true);
    void pinFigure(article, suggestion.figure, result.pin).then((isSaved) => {
      setSaving(false);
      if (isSaved) onClose(true);
    });
  };

  const below = anchor.bottom + 8;
  const top = below + 360 > window.innerHeight ? Math.max(8, anchor.top - 368) : below;
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - WIDTH_PX - 8));
  const field = (name: string) => `${idPrefix}-${name}`;
  const errorId = field('error');
  return (
    <div
      ref={rootRef}
      role="dialog"
      aria-label={`${t('figures.popover.title')}: ${suggestion.figure.surface}`}
      className="figure-popover"
      style={{ top, left, width: WIDTH_PX }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose(true);
        }
      }}
    >
      <p className="figure-popover__title">
        {t('figures.popover.title')}: <q>{suggestion.figure.surface}</q>
      </p>
      <p className="figure-popover__hint">{t('figures.popover.hint')}</p>
      <form className="figure-popover__form" onSubmit={submit} noValidate>
        <label htmlFor={field('value')}>{t('figures.popover.value')}</label>
        <input
          ref={firstFieldRef}
          id={field('value')}
          inputMode="decimal"
          value={draft.valueText}
          aria-invalid={problem === 'value'}
          aria-describedby={problem === 'value' ? errorId : undefined}
          onChange={(event) => setDraft({ ...draft, valueText: event.target.value })}
        />
        <label htmlFor={field('high')}>{t('figures.popover.valueHigh')}</label>
        <input
          id={field('high')}
          inputMode="decimal"
          value={draft.valueHighText}
          aria-invalid={problem === 'valueHigh'}
          aria-describedby={problem === 'valueHigh' ? errorId : undefined}
          onChange={(event) => setDraft({ ...draft, valueHighText: event.target.value })}
        />
        <label htmlFor={field('kind')}>{t('figures.popover.kind')}</label>
        <select
          id={field('kind')}
          value={draft.kind}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value as LevelKind })}
        >
          {PINNABLE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`figures.kind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor={field('currency')}>{t('figures.popover.currency')}</label>
        <select
          id={field('currency')}
          value={draft.currency}
          onChange={(event) => setDraft({ ...draft, currency: event.target.value as CurrencyCode })}
        >
          {CURRENCY_CODES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
        <label htmlFor={field('date')}>{t('figures.popover.date')}</label>
        <LocalDateInput
          id={field('date')}
          value={draft.dateIso}
          aria-invalid={problem === 'date'}
          aria-describedby={problem === 'date' ? errorId : undefined}
          onChange={(dateIso) => setDraft({ ...draft, dateIso })}
        />
        {problem ? (
          <p id={errorId} role="alert" className="figure-popover__error">
            {t(`figures.error.${problem}`)}
          </p>
        ) : null}
        <div className="figure-popover__actions">
          <button type="button" className="button button--quiet" onClick={() => onClose(true)}>
            {t('figures.popover.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={isSaving}>
            {t('figures.popover.pin')}
          </button>
        </div>
      </form>
    </div>
  );
}
