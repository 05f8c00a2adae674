import { locateSourceSentence } from '../../shared/chart/level-source';
import type { PriceLevel } from '../../shared/model/level';
import type { Article } from '../../shared/model/article';
import { sliceCodePoints } from '../../shared/text/code-points';
import { useTranslate } from '../i18n/translate';

/** Quotes the sentence a level comes from, with the stated figure highlighted. */
export function SourceSentence({ article, level }: { article: Article | null; level: PriceLevel }) {
  const t = useTranslate();
  const sentence = article ? locateSourceSentence(article, level.source) : null;
  if (!sentence) {
    return (
      <p className="kn-chart-sentence is-missing">
        {t('chart.tooltip.missing', { exact: level.source.exact })}
      </p>
    );
  }
  // Offsets are code points of the article text; slice the sentence relative to its own start.
  const figureStart = sentence.figureStartCodePoints - sentence.startCodePoints;
  const figureEnd = sentence.figureEndCodePoints - sentence.startCodePoints;
  const total = sentence.endCodePoints - sentence.startCodePoints;
  return (
    <blockquote className="kn-chart-sentence" lang={article?.language}>
      {sliceCodePoints(sentence.text, 0, figureStart)}
      <mark>{sliceCodePoints(sentence.text, figureStart, figureEnd)}</mark>
      {sliceCodePoints(sentence.text, figureEnd, total)}
    </blockquote>
  );
}
