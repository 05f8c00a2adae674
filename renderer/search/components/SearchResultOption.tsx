import { useEffect, useMemo, useRef } from 'react';
import { useTranslate } from '../../i18n/translate';
import type { SearchHit } from '../library-search-index';
import { buildSnippet } from '../search-snippet';

/** Props of SearchResultOption. */
interface SearchResultOptionProps {
  id: string;
  hit: SearchHit;
  title: string;
  /** The article's language (BCP 47), for the title and excerpts from its text. */
  language: string;
  isActive: boolean;
  onChoose: () => void;
  onHover: () => void;
}

/** One search result: what kind of passage, the article's title, and an excerpt with the matches marked. */
export function SearchResultOption({
  id,
  hit,
  title,
  language,
  isActive,
  onChoose,
  onHover,
}: SearchResultOptionProps) {
  const t = useTranslate();
  const ref = useRef<HTMLLIElement>(null);
  const snippet = useMemo(() => buildSnippet(hit.document.text, hit.terms), [hit]);
  const { kind } = hit.document;

  // The option the arrow keys reached stays in view of the scrolling list.
  useEffect(() => {
    if (isActive) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isActive]);

  return (
    <li
      ref={ref}
      id={id}
      role="option"
      aria-selected={isActive}
      className={`library-search__option${isActive ? ' library-search__option--active' : ''}`}
      onClick={onChoose}
      onMouseMove={isActive ? undefined : onHover}
    >
      <span className="library-search__meta">
        <span className={`library-search__kind library-search__kind--${kind}`}>
          {t(`search.kind.${kind}`)}
        </span>
        <span className="library-search__title" lang={language}>
          {title}
        </span>
      </span>
      <span className="library-search__snippet" lang={kind === 'note' ? undefined : language}>
        {snippet.parts.map((part, index) =>
          part.marked ? (
            <mark key={index} className="library-search__mark">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
      </span>
    </li>
  );
}
