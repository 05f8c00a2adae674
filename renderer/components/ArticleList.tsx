import { useEffect, useId, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { formatArticleDate } from './article-date';
import { OversizedArticles } from './OversizedArticles';
import { askToDeleteArticle } from '../library/article-deletion-runtime';
import { LibrarySearch } from '../search/components/LibrarySearch';
import { useProgressiveCount } from './hooks/use-progressive-count';

/** The full-text search over the library, then its articles as a listbox; the selected one is shown in the reader. */
export function ArticleList() {
  const t = useTranslate();
  const baseId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const { articles, selectedArticleId, language, selectArticle } = useAppStore(
    useShallow((state) => ({
      articles: state.articles,
      selectedArticleId: state.selectedArticleId,
      language: state.language,
      selectArticle: state.selectArticle,
    })),
  );
  const optionId = (articleId: string) => `${baseId}-${articleId}`;
  // The selected option is always rendered (aria-activedescendant points at it), the rest follow.
  const selectedIndex = articles.findIndex((article) => article.id === selectedArticleId);
  const shownCount = useProgressiveCount(articles.length, selectedIndex + 1);

  // Keep the selected option visible when the keyboard moves the selection.
  useEffect(() => {
    if (!selectedArticleId) return;
    listRef.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedArticleId]);

  return (
    <nav className="pane article-pane" aria-labelledby={`${baseId}-heading`}>
      <div className="pane__header">
        <h2 id={`${baseId}-heading`} className="pane__title">
          {t('list.label')}
        </h2>
        <span className="pane__meta">
          {articles.length === 1 ? t('list.countOne') : t('list.count', { count: articles.length })}
        </span>
      </div>
      <LibrarySearch />
      {articles.length === 0 ? (
        <p className="empty-note">{t('list.empty')}</p>
      ) : (
        <div
          ref={listRef}
          role="listbox"
          aria-label={t('list.label')}
          tabIndex={0}
          aria-activedescendant={selectedArticleId ? optionId(selectedArticleId) : undefined}
          aria-keyshortcuts="Delete"
          onKeyDown={(event) => {
            if (event.key === 'Delete' && selectedArticleId) {
              event.preventDefault();
              void askToDeleteArticle(selectedArticleId);
            }
          }}
          className="article-list"
        >
          {articles.slice(0, shownCount).map((article) => {
            const isSelected = article.id === selectedArticleId;
            return (
              <div
                key={article.id}
                id={optionId(article.id)}
                role="option"
                aria-selected={isSelected}
                aria-labelledby={`${optionId(article.id)}-title`}
                aria-describedby={`${optionId(article.id)}-meta`}
                className="article-list__item"
                onClick={() => selectArticle(article.id)}
              >
                <span
                  id={`${optionId(article.id)}-title`}
                  className="article-list__title"
                  lang={article.language}
                >
                  {article.title}
                </span>
                <span id={`${optionId(article.id)}-meta`} className="article-list__meta">
                  <span className="article-list__kind">{t(`publisher.${article.publisherKind}`)}</span>
                  <span aria-hidden="true"> · </span>
                  <span>{formatArticleDate(article, language)}</span>
                </span>
              </div>
            );
          })}
        </div>
      )}
      <OversizedArticles />
      <p className="article-pane__hint" title={t('about.shortcuts')}>
        <kbd>↑</kbd>
        <kbd>↓</kbd>
        <kbd>J</kbd>
        <kbd>K</kbd>
        <span>{t('list.keyboardHint')}</span>
      </p>
    </nav>
  );
}
