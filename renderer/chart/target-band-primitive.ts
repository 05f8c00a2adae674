import type {
  AutoscaleInfo,
  IPrimitivePaneRenderer,
  PrimitivePaneViewZOrder,
  SeriesAttachedParameter,
  Time,
} from 'lightweight-charts';
import { OptionsPrimitive, type AttachedPaneView } from './options-primitive';

/** How the target band looks and where it lies (prices in the series' currency). */
export interface TargetBandOptions {
  lowPrice: number;
  highPrice: number;
  fillColor: string;
  edgeColor: string;
  visible: boolean;
}

/** Default band options: invisible until prices are set. */
export const defaultTargetBandOptions: TargetBandOptions = {
  lowPrice: 0,
  highPrice: 0,
  fillColor: 'rgba(22, 163, 74, 0.13)',
  edgeColor: 'rgba(21, 128, 61, 0.45)',
  visible: false,
};

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/** Draws the band as a full-width shaded rectangle between two y coordinates (media pixels). */
class BandRenderer implements IPrimitivePaneRenderer {
  constructor(
    private readonly topY: number | null,
    private readonly bottomY: number | null,
    private readonly options: TargetBandOptions,
  ) {}

  draw(): void {}

  // Background: the band sits behind the series, the grid stays visible through it.
  drawBackground(target: DrawTarget): void {
    const { topY, bottomY, options } = this;
    if (!options.visible || topY === null || bottomY === null) return;
    target.useBitmapCoordinateSpace(({ context, bitmapSize, verticalPixelRatio }) => {
      const top = Math.round(Math.min(topY, bottomY) * verticalPixelRatio);
      const height = Math.max(1, Math.round(Math.abs(bottomY - topY) * verticalPixelRatio));
      context.fillStyle = options.fillColor;
      context.fillRect(0, top, bitmapSize.width, height);
      context.fillStyle = options.edgeColor;
      const edge = Math.max(1, Math.round(verticalPixelRatio));
      context.fillRect(0, top, bitmapSize.width, edge);
      context.fillRect(0, top + height - edge, bitmapSize.width, edge);
    });
  }
}

/** The band's pane view: recomputes coordinates whenever the chart asks. */
class BandPaneView implements AttachedPaneView {
  private topY: number | null = null;
  private bottomY: number | null = null;

  constructor(private readonly band: TargetBandPrimitive) {}

  update(attachedTo: SeriesAttachedParameter<Time> | null): void {
    const series = attachedTo?.series;
    const options = this.band.options;
    this.topY = series?.priceToCoordinate(options.highPrice) ?? null;
    this.bottomY = series?.priceToCoordinate(options.lowPrice) ?? null;
  }

  zOrder(): PrimitivePaneViewZOrder {
    return 'bottom';
  }

  renderer(): IPrimitivePaneRenderer {
    return new BandRenderer(this.topY, this.bottomY, this.band.options);
  }
}

/** Series primitive shading the analysts' target band (lowest to highest stated target). */
export class TargetBandPrimitive extends OptionsPrimitive<TargetBandOptions> {
  protected readonly views: readonly BandPaneView[];

  constructor(options: Partial<TargetBandOptions> = {}) {
    super(defaultTargetBandOptions, options);
    this.views = [new BandPaneView(this)];
  }

  // Keeps the whole band on screen even when no quote lies near it.
  autoscaleInfo(): AutoscaleInfo | null {
    const { visible, lowPrice, highPrice } = this.options;
    return visible ? { priceRange: { minValue: lowPrice, maxValue: highPrice } } : null;
  }
}
