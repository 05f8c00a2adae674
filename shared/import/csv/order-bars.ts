import type { QuoteBar } from '../../model/quote';

/** Sorts bars by date, keeping the first row of each date in file order; returns how many were dropped. */
export function sortUnique(bars: readonly QuoteBar[]): { bars: QuoteBar[]; droppedDuplicate: number } {
  let sorted: readonly QuoteBar[];
  if (isOrdered(bars, 1)) {
    sorted = bars;
  } else if (isOrdered(bars, -1)) {
    // Newest first (investing.com, banks): walk backwards, but keep the first-in-file row of a repeated date.
    sorted = reverseKeepingFileOrderOfTies(bars);
  } else {
    const indexed = bars.map((bar, index) => ({ bar, index }));
    indexed.sort((a, b) => (a.bar.time < b.bar.time ? -1 : a.bar.time > b.bar.time ? 1 : a.index - b.index));
    sorted = indexed.map((entry) => entry.bar);
  }
  const unique: QuoteBar[] = [];
  for (const bar of sorted) {
    if (unique.length > 0 && unique[unique.length - 1]!.time === bar.time) continue;
    unique.push(bar);
  }
  return { bars: unique, droppedDuplicate: bars.length - unique.length };
}

/** True when times never go against `direction` (1 ascending, -1 descending); equal neighbours allowed. */
function isOrdered(bars: readonly QuoteBar[], direction: 1 | -1): boolean {
  for (let i = 1; i < bars.length; i++) {
    const previous = bars[i - 1]!.time;
    const current = bars[i]!.time;
    if (direction === 1 ? current < previous : current > previous) return false;
  }
  return true;
}

/** Reverses a descending list; runs of equal times keep their file order so the first row still wins. */
function reverseKeepingFileOrderOfTies(bars: readonly QuoteBar[]): QuoteBar[] {
  const out: QuoteBar[] = [];
  let end = bars.length;
  while (end > 0) {
    let start = end - 1;
    while (start > 0 && bars[start - 1]!.time === bars[end - 1]!.time) start--;
    for (let i = start; i < end; i++) out.push(bars[i]!);
    end = start;
  }
  return out;
}
