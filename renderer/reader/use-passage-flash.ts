import { useEffect, useMemo, type RefObject } from 'react';
import { useAppStore } from '../store/app-store';
import type { HighlightRange } from './highlight-ranges';

/** How long the flash stays marked; matches the CSS animation in styles/reader.css. */
const FLASH_DURATION_MS = 2400;

/** The class the flashed passage gets (styles/reader.css animates it, unless reduced motion is asked for). */
export const PASSAGE_FLASH_CLASS = 'passage-flash';

/**
 * Turns store.passageRequest for `articleId` into a highlight range, scrolls the passage into view and
 * moves focus to it so screen readers announce it; the request is finished once the flash is over.
 */
export function usePassageFlash(
  articleId: string,
  containerRef: RefObject<HTMLElement | null>,
): HighlightRange[] {
  const request = useAppStore((state) => state.passageRequest);
  const finishPassageReveal = useAppStore((state) => state.finishPassageReveal);

  const flash = useMemo<HighlightRange | null>(
    () =>
      request && request.articleId === articleId
        ? {
            id: `passage-${request.nonce}`,
            startCodePoints: request.startCodePoints,
            endCodePoints: request.endCodePoints,
            className: PASSAGE_FLASH_CLASS,
          }
        : null,
    [request, articleId],
  );

  useEffect(() => {
    if (!flash || !request) return;
    const container = containerRef.current;
    const mark = container?.querySelector<HTMLElement>(`mark[data-range-ids~="${flash.id}"]`);
    // Blocks far off screen are laid out with an estimated height (content-visibility: auto) until the
    // scroll reaches them, which can leave the passage off centre: settle it once this scroll has ended.
    let settle: (() => void) | null = null;
    if (container && mark) {
      const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      const behavior = reduceMotion ? 'auto' : 'smooth';
      mark.scrollIntoView({ block: 'center', behavior });
      settle = () => mark.scrollIntoView({ block: 'center', behavior });
      container.addEventListener('scrollend', settle, { once: true });
      // Focus the passage's block, not the <mark>: the mark is removed when the flash ends.
      const block = mark.closest<HTMLElement>('p, h2, blockquote') ?? mark;
      block.tabIndex = -1;
      block.focus({ preventScroll: true });
    }
    const timer = setTimeout(() => finishPassageReveal(request.nonce), FLASH_DURATION_MS);
    return () => {
      clearTimeout(timer);
      // A later scroll of the user's own must not be pulled back to the passage.
      if (settle) container?.removeEventListener('scrollend', settle);
    };
  }, [flash, request, containerRef, finishPassageReveal]);

  return useMemo(() => (flash ? [flash] : []), [flash]);
}
