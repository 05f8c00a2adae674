import type {
  IPrimitivePaneRenderer,
  PrimitivePaneViewZOrder,
  SeriesAttachedParameter,
  Time,
} from 'lightweight-charts';
import { OptionsPrimitive, type AttachedPaneView } from './options-primitive';

/** Where and how article publication dates are marked along the bottom of the pane. */
export interface ArticleDatesOptions {
  /** ISO publication dates; each must be a point (data or whitespace) on the time scale. */
  dates: readonly string[];
  color: string;
  /** The date of the article open in the reader: drawn larger, in its own colour, with a caption. */
  selectedDate: string | null;
  selectedColor: string;
  selectedLabel: string;
}

/** Default options: nothing marked. */
export const defaultArticleDatesOptions: ArticleDatesOptions = {
  dates: [],
  color: '#6b7280',
  selectedDate: null,
  selectedColor: '#1d5b8f',
  selectedLabel: '',
};

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/** The selected article's tick: where it is and how it is captioned. */
interface SelectedTick {
  x: number;
  color: string;
  label: string;
}

function triangle(context: CanvasRenderingContext2D, x: number, bottom: number, half: number): void {
  context.beginPath();
  context.moveTo(x, bottom - half * 1.8);
  context.lineTo(x - half, bottom);
  context.lineTo(x + half, bottom);
  context.closePath();
  context.fill();
}

/** Draws a small upward triangle on the pane's bottom edge for every article date, the selected one larger. */
class TicksRenderer implements IPrimitivePaneRenderer {
  constructor(
    private readonly xs: readonly number[],
    private readonly color: string,
    private readonly selected: SelectedTick | null,
  ) {}

  draw(target: DrawTarget): void {
    target.useMediaCoordinateSpace(({ context, mediaSize }) => {
      const bottom = mediaSize.height - 1;
      context.fillStyle = this.color;
      for (const x of this.xs) triangle(context, x, bottom, 5);
      if (!this.selected) return;
      const { x, color, label } = this.selected;
      context.fillStyle = color;
      triangle(context, x, bottom, 7);
      context.fillRect(x - 0.5, 0, 1, bottom - 12);
      if (label === '') return;
      context.font = '600 11px system-ui, sans-serif';
      const width = context.measureText(label).width;
      // Keep the caption inside the pane: flip it to the left of the line near the right edge.
      const left = x + 4 + width > mediaSize.width ? x - 4 - width : x + 4;
      context.fillText(label, left, 12);
    });
  }
}

/** Pane view converting dates to x coordinates on every update. */
class TicksPaneView implements AttachedPaneView {
  private xs: number[] = [];
  private selected: SelectedTick | null = null;

  constructor(private readonly owner: ArticleDatesPrimitive) {}

  update(attachedTo: SeriesAttachedParameter<Time> | null): void {
    const timeScale = attachedTo?.chart.timeScale();
    const { dates, selectedDate, selectedColor, selectedLabel } = this.owner.options;
    this.xs = dates.flatMap((date) => {
      const x = date === selectedDate ? null : timeScale?.timeToCoordinate(date);
      return x === null || x === undefined ? [] : [x];
    });
    const selectedX = selectedDate === null ? null : timeScale?.timeToCoordinate(selectedDate);
    this.selected =
      selectedX === null || selectedX === undefined
        ? null
        : { x: selectedX, color: selectedColor, label: selectedLabel };
  }

  zOrder(): PrimitivePaneViewZOrder {
    return 'normal';
  }

  renderer(): IPrimitivePaneRenderer {
    return new TicksRenderer(this.xs, this.owner.options.color, this.selected);
  }
}

/** Series primitive marking article publication dates on the time axis edge of the pane. */
export class ArticleDatesPrimitive extends OptionsPrimitive<ArticleDatesOptions> {
  protected readonly views: readonly TicksPaneView[];

  constructor(options: Partial<ArticleDatesOptions> = {}) {
    super(defaultArticleDatesOptions, options);
    this.views = [new TicksPaneView(this)];
  }
}
