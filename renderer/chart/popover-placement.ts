/** Where a level popover opens relative to its line, and how tall it may grow before it scrolls. */
export interface PopoverPlacement {
  side: 'below' | 'above';
  maxHeightPx: number;
}

/** The popover wants this much room to show a whole sentence without scrolling. */
const COMFORTABLE_HEIGHT_PX = 240;
const GAP_PX = 8;

/**
 * Opens the popover on the side of the line with room for it inside the pane (it may cover the legend),
 * preferring below; `lineTopPx`, `paneTopPx` and `paneBottomPx` are viewport coordinates in CSS pixels.
 */
export function placePopover(lineTopPx: number, paneTopPx: number, paneBottomPx: number): PopoverPlacement {
  const below = paneBottomPx - lineTopPx - 2 * GAP_PX;
  const above = lineTopPx - paneTopPx - 2 * GAP_PX;
  const side = below >= COMFORTABLE_HEIGHT_PX || below >= above ? 'below' : 'above';
  return { side, maxHeightPx: Math.max(80, Math.floor(side === 'below' ? below : above)) };
}
