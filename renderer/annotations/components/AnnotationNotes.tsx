import { useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isVocabularyTag } from '../../../shared/annotations/tags';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { SegmentedChoice } from '../../components/SegmentedChoice';
import { placeAnnotations } from '../anchored-annotations';
import { DEFAULT_NOTES_QUERY, selectNoteEntries, tagsInUse, type NotesQuery } from '../notes-query';
import { getAnnotationService } from '../services/annotation-runtime';
import { useUndoKeys } from '../hooks/use-undo-keys';
import { tagLabelKey } from '../tag-style';
import { AnnotationEntry } from './AnnotationEntry';
import { HistoryButton } from './HistoryButton';
import { LinkConfirmDialog } from './LinkConfirmDialog';
import '../annotations.css';
import './notes-pane.css';

/** Props of AnnotationNotes. */
interface AnnotationNotesProps {
  /** What to show when the library has no annotations at all. */
  emptyState: ReactNode;
}

/** The notes pane's body: scope, tag filter, search and sort; the annotations; the orphans listed apart. */
export function AnnotationNotes({ emptyState }: AnnotationNotesProps) {
  const t = useTranslate();
  useUndoKeys();
  const [query, setQuery] = useState<NotesQuery>(DEFAULT_NOTES_QUERY);
  const [linkHref, setLinkHref] = useState<string | null>(null);
  const { annotations, articles, selectedArticleId, canUndo, canRedo, isEditing } = useAppStore(
    useShallow((state) => ({
      isEditing: state.editingAnnotationId !== null,
      annotations: state.annotations,
      articles: state.articles,
      selectedArticleId: state.selectedArticleId,
      canUndo: state.annotationHistory.past.length > 0,
      canRedo: state.annotationHistory.future.length > 0,
    })),
  );
  const placed = useMemo(() => placeAnnotations(annotations, articles), [annotations, articles]);
  const { entries, orphans } = useMemo(
    () => selectNoteEntries(placed, articles, selectedArticleId, query),
    [placed, articles, selectedArticleId, query],
  );
  const articleById = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles]);
  const tags = useMemo(() => tagsInUse(placed), [placed]);
  // "Matches the filter" only makes sense when a tag or a search narrows the list.
  const isFiltered = query.tag !== null || query.search.trim() !== '';
  const set = (changes: Partial<NotesQuery>) => setQuery((current) => ({ ...current, ...changes }));
  const entryOf = (item: (typeof entries)[number]) => (
    <AnnotationEntry
      key={item.annotation.id}
      placed={item}
      article={articleById.get(item.annotation.articleId)}
      showArticle={query.scope === 'all'}
      onOpenLink={setLinkHref}
    />
  );

  return (
    <div className="ann-notes">
      {/* While a note is edited the list controls make way for the editor's fields. */}
      <div className="ann-notes__controls" hidden={isEditing}>
        <SegmentedChoice
          label={t('notes.scope.label')}
          value={query.scope}
          options={[
            { value: 'article', label: t('notes.scope.article') },
            { value: 'all', label: t('notes.scope.all') },
          ]}
          onChange={(scope) => set({ scope })}
        />
        <div className="ann-notes__history">
          <HistoryButton
            label={t('notes.undo')}
            iconPath="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3"
            shortcuts="Control+Z Meta+Z"
            isEnabled={canUndo}
            onClick={() => void getAnnotationService()?.undo()}
          />
          <HistoryButton
            label={t('notes.redo')}
            iconPath="m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3"
            shortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
            isEnabled={canRedo}
            onClick={() => void getAnnotationService()?.redo()}
          />
        </div>
        <span className="ann-notes__break" aria-hidden="true" />
        <input
          type="search"
          className="ann-notes__search"
          aria-label={t('notes.search')}
          placeholder={t('notes.search')}
          value={query.search}
          onChange={(event) => set({ search: event.target.value })}
        />
        <select
          aria-label={t('notes.filter.tag')}
          value={query.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">{t('notes.filter.allTags')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {isVocabularyTag(tag) ? t(tagLabelKey(tag)) : tag}
            </option>
          ))}
        </select>
        <select
          aria-label={t('notes.sort')}
          value={query.sort}
          onChange={(event) => set({ sort: event.target.value as NotesQuery['sort'] })}
        >
          <option value="position">{t('notes.sort.position')}</option>
          <option value="time">{t('notes.sort.time')}</option>
        </select>
      </div>
      {annotations.length === 0 ? (
        emptyState
      ) : (
        <div className="ann-notes__scroll">
          {entries.length > 0 ? (
            <ul className="ann-notes__list" aria-label={t('notes.list')}>
              {entries.map(entryOf)}
            </ul>
          ) : (
            <p className="empty-note">
              {isFiltered
                ? t('notes.noMatches')
                : query.scope === 'article'
                  ? t('notes.noneInArticle')
                  : t('notes.nonePlaced')}
            </p>
          )}
          {orphans.length > 0 ? (
            <section className="ann-notes__orphans" aria-label={t('notes.orphans')}>
              <h3>{t('notes.orphans')}</h3>
              <p className="ann-notes__hint">{t('notes.orphansHint')}</p>
              <ul className="ann-notes__list" aria-label={t('notes.orphans')}>
                {orphans.map(entryOf)}
              </ul>
            </section>
          ) : null}
        </div>
      )}
      <LinkConfirmDialog href={linkHref} onClose={() => setLinkHref(null)} />
    </div>
  );
}
