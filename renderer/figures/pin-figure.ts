import { makeAnnotation } from '../../shared/annotations/make-annotation';
import type { Figure } from '../../shared/figures';
import type { ChartPin } from '../../shared/model/annotation';
import { articleText, type Article } from '../../shared/model/article';
import { formatPrice } from '../../shared/format/locale-format';
import { getAnnotationService } from '../annotations/services/annotation-runtime';
import { useAppStore } from '../store/app-store';
import { translate } from '../i18n/translate';

/**
 * Turns a confirmed figure into an annotation on its span pinned to the chart, through the annotation
 * service (so it is saved and undoable like any annotation); the chart level follows from the pin.
 */
export async function pinFigure(
  article: Article,
  figure: Figure,
  pin: Extract<ChartPin, { type: 'level' }>,
): Promise<boolean> {
  const { language, showStatus } = useAppStore.getState();
  const service = getAnnotationService();
  if (!service) {
    showStatus(translate(language, 'figures.error.unavailable'));
    return false;
  }
  const annotation = makeAnnotation({
    id: crypto.randomUUID(),
    articleId: article.id,
    articleText: articleText(article.blocks),
    startCodePoints: figure.startCodePoints,
    endCodePoints: figure.endCodePoints,
    pin,
    nowMs: Date.now(),
  });
  const isSaved = await service.create(annotation);
  if (isSaved) {
    showStatus(
      translate(language, 'figures.pinned', {
        kind: translate(language, `figures.kind.${pin.kind}`),
        value: formatPrice(pin.value, pin.currency, language),
      }),
    );
  }
  return isSaved;
}
