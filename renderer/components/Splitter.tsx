import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANE_LIMITS, type PaneSizes } from '../store/layout-slice';
import { useAppStore } from '../store/app-store';

/** Props of Splitter. */
interface SplitterProps {
  pane: keyof PaneSizes;
  label: string;
  /** 'vertical': a vertical bar resizing widths; 'horizontal': a horizontal bar resizing heights. */
  orientation: 'vertical' | 'horizontal';
  /** +1 when dragging right/down grows the pane, -1 when it shrinks it (a pane right of the bar). */
  direction: 1 | -1;
  /** Converts a pointer movement in pixels to the pane's unit (percent panes need their container size). */
  pixelsToUnits?: (pixels: number) => number;
}

const KEY_STEP = 16;
const KEY_STEP_LARGE = 64;

/** An accessible pane splitter: drag with the pointer or focus it and use the arrow keys (Shift: larger steps). */
export function Splitter({ pane, label, orientation, direction, pixelsToUnits = (px) => px }: SplitterProps) {
  const value = useAppStore((state) => state.paneSizes[pane]);
  const resizePane = useAppStore((state) => state.resizePane);
  const drag = useRef<{ startPointer: number; startValue: number } | null>(null);
  const { min, max } = PANE_LIMITS[pane];
  const isPercent = pane === 'chartHeightPercent';

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = (event.shiftKey ? KEY_STEP_LARGE : KEY_STEP) / (isPercent ? 8 : 1);
    const grow = orientation === 'vertical' ? ['ArrowRight'] : ['ArrowDown'];
    const shrink = orientation === 'vertical' ? ['ArrowLeft'] : ['ArrowUp'];
    let next: number | null = null;
    if (grow.includes(event.key)) next = value + step * direction;
    else if (shrink.includes(event.key)) next = value - step * direction;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    resizePane(pane, next);
  };

  const coordinate = (event: PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startPointer: coordinate(event), startValue: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const movedPx = (coordinate(event) - drag.current.startPointer) * direction;
    resizePane(pane, drag.current.startValue + pixelsToUnits(movedPx));
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      className={`splitter splitter--${orientation}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
