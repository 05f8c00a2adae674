import { useId } from 'react';
import { useTranslate } from '../i18n/translate';
import { AnnotationNotes } from '../annotations/components/AnnotationNotes';
import { SaveState } from './SaveState';

/** The notes pane: the annotation list (renderer/annotations), or its empty state while there are none. */
export function NotesPane() {
  const t = useTranslate();
  const headingId = useId();
  return (
    <section className="pane notes-pane" aria-labelledby={headingId}>
      <div className="pane__header">
        <h2 id={headingId} className="pane__title">
          {t('notes.label')}
        </h2>
        <SaveState />
      </div>
      <AnnotationNotes
        emptyState={
          <div className="empty-state">
            <svg className="empty-state__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
              <path
                d="M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h5"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.5"
                strokeLinejoin="round"
              />
            </svg>
            <p className="empty-state__title">{t('notes.emptyTitle')}</p>
            <p className="empty-state__text">{t('notes.emptyText')}</p>
          </div>
        }
      />
    </section>
  );
}
