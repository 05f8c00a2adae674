import type { UiLanguage } from '../../shared/ipc-contract';
import type { Article } from '../../shared/model/article';
import { formatIsoDate } from '../../shared/format/locale-format';
import { translate } from '../i18n/translate';

/** The article's publication date as the UI language writes it, "approx." marked, or the undated text. */
export function formatArticleDate(
  article: Pick<Article, 'publishedOn' | 'dateConfidence'>,
  language: UiLanguage,
): string {
  if (article.publishedOn === null) return translate(language, 'reader.dateUnknown');
  const date = formatIsoDate(article.publishedOn, language);
  return article.dateConfidence === 'approximate'
    ? translate(language, 'reader.approximate', { date })
    : date;
}
