import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from '../../services/when-idle';

/** How many list items the first paint shows: more than any window is tall. */
export const FIRST_PAINT_COUNT = 60;

/**
 * How many of `total` items to render: at first FIRST_PAINT_COUNT (and at least `minimum`, e.g. up to the
 * selected one), then all of them in a transition once the UI is idle, so a library of a thousand articles
 * paints as fast as a short one and React renders the rest in slices that never block input. When `total`
 * grows (the rest of a large library arrives, an import), the new items follow the same way.
 */
export function useProgressiveCount(total: number, minimum: number): number {
  const [completeCount, setCompleteCount] = useState(0);
  useEffect(() => {
    if (completeCount >= total) return;
    return whenIdle(() => startTransition(() => setCompleteCount(total)));
  }, [completeCount, total]);
  return Math.min(total, Math.max(FIRST_PAINT_COUNT, minimum, completeCount));
}
