import { useEffect, useId, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { editAnnotation } from '../../../shared/annotations/make-annotation';
import { isVocabularyTag, normalizeTags } from '../../../shared/annotations/tags';
import { useTranslate } from '../../i18n/translate';
import { getAnnotationService } from '../services/annotation-runtime';
import { TAG_GLYPHS, TOOLBAR_TAGS, tagLabelKey } from '../tag-style';
import { draftToPin, pinToDraft } from '../pin-draft';
import { PinEditor, type PinDraft } from './PinEditor';

/** Props of AnnotationEditor. */
interface AnnotationEditorProps {
  annotation: Annotation;
  articleDate: string | null;
  onDone: () => void;
}

/** Edits one annotation's note, vocabulary and free-form tags and chart pin; Save is one undoable change. */
export function AnnotationEditor({ annotation, articleDate, onDone }: AnnotationEditorProps) {
  const t = useTranslate();
  const id = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState<string[]>(annotation.tags);
  const [freeTag, setFreeTag] = useState('');
  const [pin, setPin] = useState<PinDraft>(() => pinToDraft(annotation.pin, articleDate));
  const [error, setError] = useState<string | null>(null);

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The whole entry (its quote, then the fields) comes into view, not just the text box.
    noteRef.current?.focus({ preventScroll: true });
    formRef.current?.closest('li')?.scrollIntoView({ block: 'start' });
  }, []);

  const toggle = (tag: string) =>
    setTags((current) =>
      current.includes(tag) ? current.filter((item) => item !== tag) : normalizeTags([...current, tag]),
    );
  const addFreeTag = () => {
    if (freeTag.trim() === '') return;
    setTags((current) => normalizeTags([...current, freeTag]));
    setFreeTag('');
  };
  const save = async () => {
    const parsed = draftToPin(pin);
    if ('error' in parsed) {
      setError(t(parsed.error));
      return;
    }
    const after = editAnnotation(
      annotation,
      { note, tags: normalizeTags([...tags, freeTag]), pin: parsed.pin },
      Date.now(),
    );
    if (await getAnnotationService()?.update(annotation, after)) onDone();
  };

  return (
    <form
      ref={formRef}
      className="ann-editor"
      aria-label={t('editor.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-note`}>{t('editor.note')}</label>
      <textarea
        id={`${id}-note`}
        ref={noteRef}
        rows={3}
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <fieldset className="ann-editor__tags">
        <legend>{t('editor.tags')}</legend>
        {TOOLBAR_TAGS.map((tag) => (
          <button
            key={tag}
            type="button"
            aria-pressed={tags.includes(tag)}
            className={`ann-chip ann-chip--${tag} ann-chip--toggle`}
            onClick={() => toggle(tag)}
          >
            <span className="ann-glyph" aria-hidden="true">
              {TAG_GLYPHS[tag]}
            </span>
            <span className="ann-label">{t(tagLabelKey(tag))}</span>
          </button>
        ))}
        {tags
          .filter((tag) => !isVocabularyTag(tag))
          .map((tag) => (
            <button
              key={tag}
              type="button"
              className="ann-chip ann-chip--free"
              aria-label={t('editor.removeTag', { tag })}
              onClick={() => toggle(tag)}
            >
              {tag} ×
            </button>
          ))}
        <span className="ann-editor__free">
          <input
            aria-label={t('editor.freeTag')}
            value={freeTag}
            onChange={(event) => setFreeTag(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                addFreeTag();
              }
            }}
          />
          <button type="button" className="button button--quiet" onClick={addFreeTag}>
            {t('editor.addTag')}
          </button>
        </span>
      </fieldset>
      <PinEditor draft={pin} onChange={setPin} error={error} />
      <div className="ann-editor__actions">
        <button type="button" className="button" onClick={onDone}>
          {t('editor.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('editor.save')}
        </button>
      </div>
    </form>
  );
}
