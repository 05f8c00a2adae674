import type { VocabularyTag } from '../../../shared/model/annotation';
import { useTranslate } from '../../i18n/translate';
import { TAG_GLYPHS, TOOLBAR_TAGS, tagLabelKey } from '../tag-style';

/** What the user can do with a selection: tag it, tag-less with a note, or re-attach an orphan there. */
export interface SelectionHandlers {
  onTag: (tag: VocabularyTag) => void;
  onNote: () => void;
  /** Present only while an orphan of this article waits to be re-attached. */
  onReattach?: (() => void) | undefined;
}

/** Props of SelectionActions. */
interface SelectionActionsProps extends SelectionHandlers {
  /** 'button' inside the toolbar, 'menuitem' inside the context menu. */
  itemRole: 'button' | 'menuitem';
}

/** The selection's actions as buttons: one per vocabulary tag (glyph + label), "Note…" and maybe "Re-attach here". */
export function SelectionActions({ itemRole, onTag, onNote, onReattach }: SelectionActionsProps) {
  const t = useTranslate();
  const role = itemRole === 'menuitem' ? 'menuitem' : undefined;
  // mousedown would collapse the selection before click: keep it until the action has read it.
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();
  return (
    <>
      {onReattach ? (
        <button
          type="button"
          role={role}
          className="ann-action ann-action--reattach"
          onMouseDown={keepSelection}
          onClick={onReattach}
        >
          {t('annotations.reattach')}
        </button>
      ) : null}
      {TOOLBAR_TAGS.map((tag, index) => (
        <button
          key={tag}
          type="button"
          role={role}
          className={`ann-action ann-action--${tag}`}
          title={`Alt+${index + 1}`}
          aria-keyshortcuts={`Alt+${index + 1}`}
          onMouseDown={keepSelection}
          onClick={() => onTag(tag)}
        >
          <span className="ann-glyph" aria-hidden="true">
            {TAG_GLYPHS[tag]}
          </span>
          <span className="ann-label">{t(tagLabelKey(tag))}</span>
        </button>
      ))}
      <button
        type="button"
        role={role}
        className="ann-action"
        title="Alt+N"
        aria-keyshortcuts="Alt+N"
        onMouseDown={keepSelection}
        onClick={onNote}
      >
        {t('annotations.note')}
      </button>
    </>
  );
}
