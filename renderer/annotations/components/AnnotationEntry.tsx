import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Article } from '../../../shared/model/article';
import { isVocabularyTag } from '../../../shared/annotations/tags';
import { formatPrice } from '../../../shared/format/locale-format';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import type { PlacedAnnotation } from '../anchored-annotations';
import { annotationLevelId } from '../annotation-levels';
import { getAnnotationService } from '../services/annotation-runtime';
import { TAG_GLYPHS, tagLabelKey, tagModifier } from '../tag-style';
import { NoteMarkdown } from '../markdown/NoteMarkdown';
import { AnnotationEditor } from './AnnotationEditor';

/** Props of AnnotationEntry. */
interface AnnotationEntryProps {
  placed: PlacedAnnotation;
  /** The article, shown by title when the pane lists all articles. */
  article: Article | undefined;
  showArticle: boolean;
  onOpenLink: (href: string) => void;
}

/** One annotation in the notes pane: its quote (jumps to the passage), tags, note, pin, edit and delete. */
export function AnnotationEntry({ placed, article, showArticle, onOpenLink }: AnnotationEntryProps) {
  const t = useTranslate();
  const { annotation, anchor } = placed;
  const quoteRef = useRef<HTMLButtonElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const isClosingEditor = useRef(false);
  const { language, isFocused, focusNonce, isEditing, isArmed } = useAppStore(
    useShallow((state) => ({
      language: state.language,
      isFocused: state.focusedAnnotationId === annotation.id,
      focusNonce: state.focusNonce,
      isEditing: state.editingAnnotationId === annotation.id,
      isArmed: state.reattachAnnotationId === annotation.id,
    })),
  );
  const isOrphan = anchor.status === 'orphan';

  // A click on the highlight in the reader (a new focusNonce) brings this entry into view and focus.
  useEffect(() => {
    if (!isFocused || focusNonce === 0 || isEditing) return;
    quoteRef.current?.scrollIntoView({ block: 'nearest' });
    quoteRef.current?.focus({ preventScroll: true });
  }, [isFocused, focusNonce, isEditing]);
  // Closing the editor (Esc, Save, Cancel) returns the focus to the Edit button that opened it.
  useEffect(() => {
    if (isEditing || !isClosingEditor.current) return;
    isClosingEditor.current = false;
    editRef.current?.focus();
  }, [isEditing]);

  const state = useAppStore.getState;
  const reveal = () => {
    if (anchor.status !== 'anchored') return;
    state().selectAnnotation(annotation.id);
    state().revealPassage({
      articleId: annotation.articleId,
      startCodePoints: anchor.start,
      endCodePoints: anchor.end,
    });
  };
  const quote = annotation.quote.exact;
  const pin = annotation.pin;
  return (
    <li
      aria-label={quote}
      className={`ann-entry ann-entry--${tagModifier(annotation.tags)}${isFocused ? ' ann-entry--focused' : ''}`}
    >
      <button
        ref={quoteRef}
        type="button"
        className="ann-entry__quote"
        onClick={reveal}
        aria-disabled={isOrphan || undefined}
      >
        „{quote}“
      </button>
      {showArticle && article ? (
        <p className="ann-entry__article">{t('notes.otherArticle', { title: article.title })}</p>
      ) : null}
      {annotation.tags.length > 0 ? (
        <ul className="ann-entry__tags">
          {annotation.tags.map((tag) => (
            <li key={tag} className={`ann-chip ann-chip--${isVocabularyTag(tag) ? tag : 'free'}`}>
              {isVocabularyTag(tag) ? (
                <>
                  <span className="ann-glyph" aria-hidden="true">
                    {TAG_GLYPHS[tag]}
                  </span>
                  <span className="ann-label">{t(tagLabelKey(tag))}</span>
                </>
              ) : (
                tag
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {isEditing ? (
        <AnnotationEditor
          annotation={annotation}
          articleDate={article?.publishedOn ?? null}
          onDone={() => {
            // The Edit button comes back after this render; the effect below gives it the focus back.
            isClosingEditor.current = true;
            state().setEditingAnnotation(null);
          }}
        />
      ) : (
        <>
          {annotation.note ? <NoteMarkdown note={annotation.note} onOpenLink={onOpenLink} /> : null}
          {pin?.type === 'level' ? (
            // A note pinned to a price level leads to its line on the chart, as a pinned figure does.
            <button
              type="button"
              className="ann-entry__pin ann-entry__pin--link"
              aria-description={t('figures.list.showOnChart')}
              onClick={() => state().focusLevelOnChart(annotationLevelId(annotation.id))}
            >
              {t('notes.pinnedLevel', {
                kind: t(
                  `pin.kind.${pin.kind === 'fair_value' || pin.kind === 'target' || pin.kind === 'quote' ? pin.kind : 'level'}`,
                ),
                price: formatPrice(pin.value, pin.currency, language),
              })}
            </button>
          ) : pin ? (
            <p className="ann-entry__pin">{t('notes.pinnedDate')}</p>
          ) : null}
          <div className="ann-entry__actions">
            {isOrphan ? (
              <button
                type="button"
                className="button button--quiet"
                aria-pressed={isArmed}
                onClick={() => state().armReattach(isArmed ? null : annotation.id)}
              >
                {t('notes.reattachArm')}
              </button>
            ) : null}
            <button
              ref={editRef}
              type="button"
              className="button button--quiet"
              aria-label={t('notes.editFor', { quote })}
              onClick={() => state().setEditingAnnotation(annotation.id)}
            >
              {t('notes.edit')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-label={t('notes.deleteFor', { quote })}
              onClick={() => void getAnnotationService()?.remove(annotation)}
            >
              {t('notes.delete')}
            </button>
          </div>
          {isArmed ? <p className="ann-entry__hint">{t('notes.reattachArmed')}</p> : null}
        </>
      )}
    </li>
  );
}
