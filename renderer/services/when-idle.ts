// At the latest after this long: an idle callback may otherwise wait for as long as the page is busy.
const IDLE_TIMEOUT_MS = 500;

/**
 * Runs `work` once the current frame is painted and the UI thread is idle (a plain timeout where the
 * browser has no idle callbacks, e.g. jsdom). Returns a cancel function.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
}
