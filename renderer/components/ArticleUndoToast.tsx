import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { undoArticleDeletion } from '../library/article-deletion-runtime';

/** After an article was deleted: says so and offers to undo it (until dismissed or the next deletion). */
export function ArticleUndoToast() {
  const t = useTranslate();
  const offer = useAppStore((state) => state.articleUndo);
  const setArticleUndo = useAppStore((state) => state.setArticleUndo);
  return (
    <div role="status" aria-live="polite" className="undo-toast-region">
      {offer ? (
        <div className="status-toast status-toast--undo">
          <span>{t('delete.done', { title: offer.title })}</span>
          <button type="button" className="button button--primary" onClick={() => void undoArticleDeletion()}>
            {t('delete.undo')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setArticleUndo(null)}>
            {t('delete.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
