import { useId, useMemo, useState } from 'react';
import { isVocabularyTag } from '../../../shared/annotations';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { tagLabelKey } from '../../annotations/tag-style';
import { useLibraryStore } from '../library-store';
import { exportAnnotations } from '../library-runtime';
import { matchesExportScope, type AnnotationExportScope } from '../services/annotation-interop';
import { LibraryDialogFrame } from './LibraryDialogFrame';

/** Chooses what to export as W3C JSON-LD (all articles or the current one, every tag or one) and exports. */
export function AnnotationExportDialog({ isOpen }: { isOpen: boolean }) {
  const t = useTranslate();
  const scopeName = useId();
  const tagId = useId();
  const show = useLibraryStore((state) => state.show);
  const isBusy = useLibraryStore((state) => state.isBusy);
  const annotations = useAppStore((state) => state.annotations);
  const articleId = useAppStore((state) => state.selectedArticleId);
  const [scope, setScope] = useState<AnnotationExportScope['scope']>('all');
  const [tag, setTag] = useState<string | null>(null);
  const tags = useMemo(
    () => [...new Set(annotations.flatMap((annotation) => annotation.tags))],
    [annotations],
  );
  const choice: AnnotationExportScope = { scope, articleId, tag };
  const count = annotations.filter((annotation) => matchesExportScope(annotation, choice)).length;
  const tagLabel = (value: string) => (isVocabularyTag(value) ? t(tagLabelKey(value)) : value);

  return (
    <LibraryDialogFrame isOpen={isOpen} title={t('library.export.title')} onClose={() => show(null)}>
      <p className="library-dialog__text">{t('library.export.intro')}</p>
      <fieldset className="library-dialog__field">
        <legend>{t('library.export.scope')}</legend>
        {(['all', 'article'] as const).map((value) => (
          <label key={value} className="library-dialog__choice">
            <input
              type="radio"
              name={scopeName}
              checked={scope === value}
              disabled={value === 'article' && articleId === null}
              onChange={() => setScope(value)}
            />
            {t(`library.export.scope.${value}`)}
          </label>
        ))}
      </fieldset>
      <div className="library-dialog__field">
        <label htmlFor={tagId}>{t('library.export.tag')}</label>
        <select id={tagId} value={tag ?? ''} onChange={(event) => setTag(event.currentTarget.value || null)}>
          <option value="">{t('library.export.tag.all')}</option>
          {tags.map((value) => (
            <option key={value} value={value}>
              {tagLabel(value)}
            </option>
          ))}
        </select>
      </div>
      <p className="dialog__hint" role="status">
        {t('library.export.count', { count })}
      </p>
      <div className="dialog__actions library-dialog__actions">
        <button type="button" className="button" onClick={() => show(null)}>
          {t('library.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={isBusy || count === 0}
          onClick={() => void exportAnnotations(choice)}
        >
          {t('library.export.submit')}
        </button>
      </div>
    </LibraryDialogFrame>
  );
}
