import { useId } from 'react';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { DEFAULT_ARTICLE_CONTENT_LIMITS } from '../../shared/import/article-limits';
import { askToDeleteArticle } from '../library/article-deletion-runtime';

/** Stored articles beyond the import limits (from an older version): never shown, each with a delete button. */
export function OversizedArticles() {
  const t = useTranslate();
  const headingId = useId();
  const language = useAppStore((state) => state.language);
  const oversized = useAppStore((state) => state.oversizedArticles);
  if (oversized.length === 0) return null;
  const number = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'en-US');
  return (
    <section className="oversized-articles" aria-labelledby={headingId}>
      <h3 id={headingId} className="oversized-articles__heading">
        {t('oversized.heading')}
      </h3>
      <p className="oversized-articles__explain">
        {t('oversized.explain', {
          maxBlocks: number.format(DEFAULT_ARTICLE_CONTENT_LIMITS.maxBlocks),
          maxCharacters: number.format(DEFAULT_ARTICLE_CONTENT_LIMITS.maxCharacters),
        })}
      </p>
      <ul aria-labelledby={headingId}>
        {oversized.map((article) => (
          <li key={article.id} className="oversized-articles__item">
            <span>
              <span className="oversized-articles__title">{article.title}</span>
              <span className="oversized-articles__size">
                {t('oversized.size', {
                  blocks: number.format(article.blockCount),
                  characters: number.format(article.characterCount),
                })}
              </span>
            </span>
            <button type="button" className="button" onClick={() => void askToDeleteArticle(article.id)}>
              {t('delete.buttonFor', { title: article.title })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
