import type {
  IChartApiBase,
  IPrimitivePaneRenderer,
  IPrimitivePaneView,
  ISeriesPrimitive,
  PrimitivePaneViewZOrder,
  SeriesAttachedParameter,
  Time,
} from 'lightweight-charts';

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
class TicksPaneView implements IPrimitivePaneView {
  private xs: number[] = [];

  constructor(private readonly owner: ArticleDatesPrimitive) {}

  update(chart: IChartApiBase<Time> | null): void {
    const timeScale = chart?.timeScale();
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
export class ArticleDatesPrimitive implements ISeriesPrimitive<Time> {
  private currentOptions: ArticleDatesOptions;
  private chart: IChartApiBase<Time> | null = null;
  private requestUpdate: (() => void) | null = null;
  private readonly views: readonly TicksPaneView[];

  constructor(options: Partial<ArticleDatesOptions> = {}) {
    this.currentOptions = { ...defaultArticleDatesOptions, ...options };
    this.views = [new TicksPaneView(this)];
  }

  /** The options in effect. */
  get options(): ArticleDatesOptions {
    return this.currentOptions;
  }

  /** Changes some options and redraws. */
  applyOptions(options: Partial<ArticleDatesOptions>): void {
    this.currentOptions = { ...this.currentOptions, ...options };
    this.requestUpdate?.();
  }

  attached(param: SeriesAttachedParameter<Time>): void {
    this.chart = param.chart;
    this.requestUpdate = param.requestUpdate;
  }

  detached(): void {
    this.chart = null;
    this.requestUpdate = null;
  }

  updateAllViews(): void {
    for (const view of this.views) view.update(this.chart);
  }

  paneViews(): readonly IPrimitivePaneView[] {
    return this.views;
  }
}
