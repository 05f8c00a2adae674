import { useEffect } from 'react';

/** The User Timing mark `npm run bench` reads as the app's time to interactive. */
export const INTERACTIVE_MARK = 'kursnotiz:interactive';

let markInteractive: () => void = () => undefined;
const interactive = new Promise<void>((resolve) => {
  markInteractive = resolve;
});

/**
 * Resolves once the loaded library has been painted (the interactive mark is set). Start-up's background
 * work (annotations, search index, checks) waits for it, so it does not compete with the first frame.
 */
export function whenInteractive(): Promise<void> {
  return interactive;
}

/**
 * Sets the interactive mark once, on the first frame painted after the library is shown, so the
 * benchmark measures what a user waits for (not when data happened to arrive).
 */
export function useInteractiveMark(isReady: boolean): void {
  useEffect(() => {
    if (!isReady || performance.getEntriesByName(INTERACTIVE_MARK).length > 0) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      // The timeout runs after that frame's paint; rAF alone runs just before it.
      timeout = setTimeout(() => {
        performance.mark(INTERACTIVE_MARK);
        markInteractive();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [isReady]);
}
