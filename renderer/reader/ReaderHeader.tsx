import type { Article } from '../../shared/model/article';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { formatArticleDate } from '../components/article-date';
import { askToDeleteArticle } from '../library/article-deletion-runtime';

/** Props of ReaderHeader. */
interface ReaderHeaderProps {
  article: Article;
  headingId: string;
}

/** The reader's header: title (the article's heading), source, kind of publisher and the dated line. */
export function ReaderHeader({ article, headingId }: ReaderHeaderProps) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  return (
    <header className="reader__header">
      <p className="reader__kicker">
        <span className="reader__kind">{t(`publisher.${article.publisherKind}`)}</span>
      </p>
      <h1 id={headingId} className="reader__title">
        {article.title}
      </h1>
      <p className="reader__dateline">
        <span className="visually-hidden">{t('reader.published')}: </span>
        <time
          dateTime={article.publishedOn ?? undefined}
          title={article.dateReason ? t('reader.dateReason', { reason: article.dateReason }) : undefined}
          className="reader__date"
        >
          {formatArticleDate(article, language)}
        </time>
        {article.dateConfidence === 'approximate' ? (
          <span className="reader__badge">{t('reader.approximateNote')}</span>
        ) : null}
        <span className="reader__source">
          {t('reader.source')}: {article.source}
        </span>
        <button
          type="button"
          className="button button--quiet reader__delete"
          onClick={() => void askToDeleteArticle(article.id)}
        >
          {t('delete.button')}
        </button>
      </p>
    </header>
  );
}
