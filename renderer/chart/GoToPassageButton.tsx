import type { PriceLevel } from '../../shared/model/level';
import { useTranslate } from '../i18n/translate';

/** The "go to passage" button of a level in the legend and the popover: named after its passage. */
export function GoToPassageButton({
  level,
  goToName,
  onGoTo,
}: {
  level: PriceLevel;
  goToName: string;
  onGoTo: (level: PriceLevel) => void;
}) {
  const t = useTranslate();
  return (
    <button type="button" className="kn-chart-goto" aria-label={goToName} onClick={() => onGoTo(level)}>
      {t('chart.goToPassage')}
    </button>
  );
}
