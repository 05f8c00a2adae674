import { useId } from 'react';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { useModalDialog } from './hooks/use-modal-dialog';
import { confirmArticleDeletion } from '../library/article-deletion-runtime';

/** Asks before an article is deleted and says how many annotations, notes and levels go with it. */
export function DeleteArticleDialog() {
  const t = useTranslate();
  const titleId = useId();
  const request = useAppStore((state) => state.articleDeletion);
  const setArticleDeletion = useAppStore((state) => state.setArticleDeletion);
  const dialogRef = useModalDialog(request !== null);
  const cancel = () => setArticleDeletion(null);
  const hasDependents = request !== null && request.annotationCount + request.levelCount > 0;

  return (
    <dialog ref={dialogRef} className="dialog delete-dialog" aria-labelledby={titleId} onClose={cancel}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {t('delete.title')}
        </h2>
      </div>
      {request ? (
        <div className="delete-dialog__body">
          <p>{t('delete.text', { title: request.title })}</p>
          <p className={hasDependents ? 'delete-dialog__dependents' : undefined}>
            {hasDependents
              ? t('delete.dependents', { annotations: request.annotationCount, levels: request.levelCount })
              : t('delete.noDependents')}
          </p>
          <p className="dialog__hint">{request.isOversized ? t('delete.noUndo') : t('delete.undoHint')}</p>
        </div>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={cancel} autoFocus>
          {t('delete.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirmArticleDeletion()}>
          {t('delete.confirm')}
        </button>
      </div>
    </dialog>
  );
}
