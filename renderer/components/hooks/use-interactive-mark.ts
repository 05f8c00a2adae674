import { useEffect } from 'react';

/** The User Timing mark `npm run bench` reads as the app's time to interactive. */
export const INTERACTIVE_MARK = 'kursnotiz:interactive';

/**
 * Sets the interactive mark once, on the first frame painted after the library is shown, so the
 * benchmark measures what a user waits for (not when data happened to arrive).
 */
export function useInteractiveMark(isReady: boolean): void {
  useEffect(() => {
    if (!isReady || performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
    const frame = requestAnimationFrame(() => {
      // The timeout runs after that frame's paint; rAF alone runs just before it.
      setTimeout(() => performance.mark(INTERACTIVE_MARK), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [isReady]);
}
