/** A label that wants to sit centred on a y coordinate (CSS pixels from the pane's top). */
export interface LabelWish {
  id: string;
  y: number;
}

/**
 * Places labels as close to their lines as possible without overlapping: sorted top to bottom,
 * each at least `heightPx` below the previous, then pushed back up if the last one leaves the pane.
 * Returns the centre y per label id.
 */
export function spreadLabels(
  wishes: readonly LabelWish[],
  heightPx: number,
  paneHeightPx: number,
): Map<string, number> {
  const sorted = [...wishes].filter((wish) => Number.isFinite(wish.y)).sort((a, b) => a.y - b.y);
  const half = heightPx / 2;
  const placed = sorted.map((wish) => ({ id: wish.id, y: Math.max(wish.y, half) }));
  for (let index = 1; index < placed.length; index += 1) {
    const previous = placed[index - 1]!;
    const current = placed[index]!;
    current.y = Math.max(current.y, previous.y + heightPx);
  }
  // Walk back from the bottom so the lowest label stays inside the pane.
  let limit = paneHeightPx - half;
  for (let index = placed.length - 1; index >= 0; index -= 1) {
    const current = placed[index]!;
    current.y = Math.min(current.y, limit);
    limit = current.y - heightPx;
  }
  return new Map(placed.map((item) => [item.id, item.y]));
}
