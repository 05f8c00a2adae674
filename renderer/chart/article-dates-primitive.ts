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
}

/** Default options: nothing marked. */
export const defaultArticleDatesOptions: ArticleDatesOptions = { dates: [], color: '#6b7280' };

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/** Draws a small upward triangle on the pane's bottom edge for every article date. */
class TicksRenderer implements IPrimitivePaneRenderer {
  constructor(
    private readonly xs: readonly number[],
    private readonly color: string,
  ) {}

  draw(target: DrawTarget): void {
    target.useMediaCoordinateSpace(({ context, mediaSize }) => {
      context.fillStyle = this.color;
      for (const x of this.xs) {
        context.beginPath();
        context.moveTo(x, mediaSize.height - 9);
        context.lineTo(x - 5, mediaSize.height - 1);
        context.lineTo(x + 5, mediaSize.height - 1);
        context.closePath();
        context.fill();
      }
    });
  }
}

/** Pane view converting dates to x coordinates on every update. */
class TicksPaneView implements AttachedPaneView {
  private xs: number[] = [];

  constructor(private readonly owner: ArticleDatesPrimitive) {}

  update(attachedTo: SeriesAttachedParameter<Time> | null): void {
    const timeScale = attachedTo?.chart.timeScale();
    this.xs = this.owner.options.dates.flatMap((date) => {
      const x = timeScale?.timeToCoordinate(date);
      return x === null || x === undefined ? [] : [x];
    });
  }

  zOrder(): PrimitivePaneViewZOrder {
    return 'normal';
  }

  renderer(): IPrimitivePaneRenderer {
    return new TicksRenderer(this.xs, this.owner.options.color);
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
