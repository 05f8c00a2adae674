import { useDeferredValue, useId, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { currentSearch, subscribeSearchIndex } from '../search-runtime';
import { openSearchHit } from '../open-search-hit';
import { SearchResultOption } from './SearchResultOption';
import '../search.css';

/**
 * The library's full-text search: a combobox over article text, quotes and notes. ↑/↓ move through the
 * results, Enter (or a click) opens the passage, Esc closes the list and a second Esc clears the field.
 */
export function LibrarySearch() {
  const t = useTranslate();
  const baseId = useId();
  const listId = `${baseId}-results`;
  const [query, setQuery] = useState('');
  const [isOpen, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(0);
  const search = useSyncExternalStore(subscribeSearchIndex, currentSearch);
  const articles = useAppStore((state) => state.articles);
  // Typing stays responsive on a large library: the list follows the field a moment later.
  const deferredQuery = useDeferredValue(query);
  const hits = useMemo(() => search(deferredQuery), [search, deferredQuery]);
  const articlesById = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles]);

  const hasQuery = query.trim() !== '';
  const isShown = isOpen && hasQuery;
  const active = Math.min(activeIndex, Math.max(0, hits.length - 1));
  const optionId = (index: number) => `${baseId}-hit-${index}`;

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    openSearchHit(useAppStore.getState(), hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isShown) {
        setOpen(true);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + hits.length) % Math.max(1, hits.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (isShown) choose(active);
      else setOpen(true);
    } else if (event.key === 'Escape') {
      // Handled here, not by the search field's own Esc, so the first Esc only closes the list.
      event.preventDefault();
      if (isShown) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div
      role="search"
      aria-label={t('search.label')}
      className="library-search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <input
        type="search"
        role="combobox"
        className="library-search__field"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        aria-expanded={isShown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isShown && hits.length > 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <div className="library-search__popup" hidden={!isShown}>
        <p className="library-search__count" role="status">
          {!isShown
            ? ''
            : hits.length === 0
              ? t('search.none', { query: query.trim() })
              : hits.length === 1
                ? t('search.countOne')
                : t('search.count', { count: hits.length })}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={t('search.results')}
          className="library-search__list"
          // Keeps the focus in the field while a result is clicked.
          onMouseDown={(event) => event.preventDefault()}
        >
          {isShown
            ? hits.map((hit, index) => (
                <SearchResultOption
                  key={hit.document.id}
                  id={optionId(index)}
                  hit={hit}
                  title={articlesById.get(hit.document.articleId)?.title ?? ''}
                  language={articlesById.get(hit.document.articleId)?.language ?? 'de'}
                  isActive={index === active}
                  onChoose={() => choose(index)}
                  onHover={() => setActiveIndex(index)}
                />
              ))
            : null}
        </ul>
        {hits.length > 0 ? (
          <p className="library-search__hint" aria-hidden="true">
            {t('search.hint')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
