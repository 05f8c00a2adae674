import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { formatIsoDate } from '../../../shared/format/locale-format';
import type { DatePin } from '../date-pins';

/** Jumps to a date pin's passage (the same jump a click on its chart marker makes). */
export function revealDatePin(pin: DatePin): void {
  useAppStore.getState().revealPassage({
    articleId: pin.articleId,
    startCodePoints: pin.startCodePoints,
    endCodePoints: pin.endCodePoints,
  });
}

/** The notes pinned to article dates, as a list under the chart (the markers' keyboard and screen-reader twin). */
export function DatePinList({ pins }: { pins: readonly DatePin[] }) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  if (pins.length === 0) return null;
  return (
    <ul className="ann-date-pins" aria-label={t('chart.datePins.title')}>
      {pins.map((pin) => (
        <li key={pin.annotationId} className="ann-date-pins__item">
          <span className="ann-date-pins__date">{formatIsoDate(pin.date, language)}</span>
          <button
            type="button"
            className="ann-date-pins__quote"
            aria-label={t('chart.datePins.goTo', { quote: pin.quote })}
            onClick={() => revealDatePin(pin)}
          >
            ✎ „{pin.quote}“
          </button>
        </li>
      ))}
    </ul>
  );
}
