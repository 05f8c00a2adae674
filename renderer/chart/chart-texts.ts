import type { UiLanguage } from '../../shared/ipc-contract';
import { localeTag } from '../../shared/format/locale-format';
import { translate } from '../i18n/translate';
import type { ChartTexts } from './level-chart';

/** The texts the chart canvas draws itself (marker captions, number locale), in `language`. */
export function chartTexts(language: UiLanguage): ChartTexts {
  return { markerText: translate(language, 'chart.marker.article'), locale: localeTag(language) };
}
