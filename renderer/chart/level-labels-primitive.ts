import type {
  AutoscaleInfo,
  IPrimitivePaneRenderer,
  PrimitiveHoveredItem,
  PrimitivePaneViewZOrder,
  SeriesAttachedParameter,
  Time,
} from 'lightweight-charts';
import { OptionsPrimitive, type AttachedPaneView } from './options-primitive';
import { spreadLabels } from './label-layout';

/** One level's label: the line it belongs to, its text and colour. */
export interface LevelLabel {
  id: string;
  price: number;
  text: string;
  color: string;
}

/** How the level labels look. */
export interface LevelLabelsOptions {
  labels: readonly LevelLabel[];
  fontSizePx: number;
  fontFamily: string;
  textColor: string;
  backgroundColor: string;
  /** Gap between the pane's left edge and a label (labels sit left: the newest quotes are on the right). */
  leftInsetPx: number;
  /** Bottom-left corner kept free for the library's attribution logo (CSS pixels). */
  logoBox: { width: number; height: number };
}

/** Default options (system UI font, readable size). */
export const defaultLevelLabelsOptions: LevelLabelsOptions = {
  labels: [],
  fontSizePx: 12,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  textColor: '#1f2937',
  backgroundColor: 'rgba(255, 255, 255, 0.92)',
  leftInsetPx: 8,
  logoBox: { width: 44, height: 30 },
};

/** A drawn label's box in CSS pixels, kept for hit testing. */
interface LabelBox {
  id: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

type DrawTarget = Parameters<IPrimitivePaneRenderer['draw']>[0];

/** Draws the labels, spread so they never overlap, each with a leader to its line when moved. */
class LabelsRenderer implements IPrimitivePaneRenderer {
  constructor(
    private readonly lineYs: ReadonlyMap<string, number>,
    private readonly owner: LevelLabelsPrimitive,
  ) {}

  draw(target: DrawTarget): void {
    const options = this.owner.options;
    const boxes: LabelBox[] = [];
    target.useMediaCoordinateSpace(({ context, mediaSize }) => {
      const height = options.fontSizePx + 8;
      const wishes = options.labels.flatMap((label) => {
        const y = this.lineYs.get(label.id);
        return y === undefined ? [] : [{ id: label.id, y }];
      });
      const centres = spreadLabels(wishes, height + 2, mediaSize.height);
      context.font = `${options.fontSizePx}px ${options.fontFamily}`;
      context.textBaseline = 'middle';
      for (const label of options.labels) {
        const centre = centres.get(label.id);
        const lineY = this.lineYs.get(label.id);
        if (centre === undefined || lineY === undefined) continue;
        const width = Math.ceil(context.measureText(label.text).width) + 14;
        const top = centre - height / 2;
        const isOverLogo = top + height > mediaSize.height - options.logoBox.height;
        const left = isOverLogo ? options.logoBox.width + options.leftInsetPx : options.leftInsetPx;
        if (Math.abs(centre - lineY) > 1) {
          // A leader from the moved label back to its own line.
          context.strokeStyle = label.color;
          context.lineWidth = 1;
          context.beginPath();
          context.moveTo(left + width, centre);
          context.lineTo(left + width + 12, lineY);
          context.stroke();
        }
        context.fillStyle = options.backgroundColor;
        context.fillRect(left, top, width, height);
        context.fillStyle = label.color;
        context.fillRect(left, top, 3, height);
        context.fillStyle = options.textColor;
        context.fillText(label.text, left + 9, centre + 0.5);
        boxes.push({ id: label.id, left, top, width, height });
      }
    });
    this.owner.rememberBoxes(boxes);
  }
}

/** Pane view of the labels: above everything so they stay readable over the series and the band. */
class LabelsPaneView implements AttachedPaneView {
  private lineYs = new Map<string, number>();

  constructor(private readonly owner: LevelLabelsPrimitive) {}

  update(attachedTo: SeriesAttachedParameter<Time> | null): void {
    const series = attachedTo?.series;
    this.lineYs = new Map();
    for (const label of this.owner.options.labels) {
      const y = series?.priceToCoordinate(label.price);
      if (y !== null && y !== undefined) this.lineYs.set(label.id, y);
    }
  }

  zOrder(): PrimitivePaneViewZOrder {
    return 'top';
  }

  renderer(): IPrimitivePaneRenderer {
    return new LabelsRenderer(this.lineYs, this.owner);
  }
}

/** Series primitive writing each level's label beside its price line, collision-free, and hit-testable. */
export class LevelLabelsPrimitive extends OptionsPrimitive<LevelLabelsOptions> {
  private boxes: LabelBox[] = [];
  protected readonly views: readonly LabelsPaneView[];

  constructor(options: Partial<LevelLabelsOptions> = {}) {
    super(defaultLevelLabelsOptions, options);
    this.views = [new LabelsPaneView(this)];
  }

  /** Stores where the last draw put the labels (called by the renderer). */
  rememberBoxes(boxes: LabelBox[]): void {
    this.boxes = boxes;
  }

  /** The id of the label under a point (CSS pixels in the pane), or null. */
  labelAt(x: number, y: number): string | null {
    const box = this.boxes.find(
      (item) => x >= item.left && x <= item.left + item.width && y >= item.top && y <= item.top + item.height,
    );
    return box?.id ?? null;
  }

  hitTest(x: number, y: number): PrimitiveHoveredItem | null {
    const id = this.labelAt(x, y);
    return id === null ? null : { externalId: id, zOrder: 'top', cursorStyle: 'pointer' };
  }

  // Every level stays on the price scale, even far from the quotes.
  autoscaleInfo(): AutoscaleInfo | null {
    const prices = this.options.labels.map((label) => label.price);
    if (prices.length === 0) return null;
    return { priceRange: { minValue: Math.min(...prices), maxValue: Math.max(...prices) } };
  }
}
