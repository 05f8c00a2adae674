import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../../renderer/chart/popover-placement';

describe('placePopover', () => {
  it('opens below a line near the top, with the room down to the pane bottom', () => {
    expect(placePopover(150, 50, 610)).toEqual({ side: 'below', maxHeightPx: 444 });
  });

  it('opens above a line near the pane bottom so the sentence is not cut off', () => {
    expect(placePopover(560, 50, 610)).toEqual({ side: 'above', maxHeightPx: 494 });
  });

  it('prefers below when both sides have comfortable room', () => {
    expect(placePopover(400, 50, 700).side).toBe('below');
  });
});
