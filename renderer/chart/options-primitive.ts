import type { IPrimitivePaneView, ISeriesPrimitive, SeriesAttachedParameter, Time } from 'lightweight-charts';

/** A pane view that recomputes its coordinates from what the primitive is attached to (null when detached). */
export interface AttachedPaneView extends IPrimitivePaneView {
  update(attachedTo: SeriesAttachedParameter<Time> | null): void;
}

/** Options, attach/detach and view updates shared by the chart's series primitives. */
export abstract class OptionsPrimitive<TOptions extends object> implements ISeriesPrimitive<Time> {
  private currentOptions: TOptions;
  private attachedTo: SeriesAttachedParameter<Time> | null = null;
  protected abstract readonly views: readonly AttachedPaneView[];

  protected constructor(defaults: TOptions, options: Partial<TOptions>) {
    this.currentOptions = { ...defaults, ...options };
  }

  /** The options in effect. */
  get options(): TOptions {
    return this.currentOptions;
  }

  /** Changes some options and redraws. */
  applyOptions(options: Partial<TOptions>): void {
    this.currentOptions = { ...this.currentOptions, ...options };
    this.attachedTo?.requestUpdate();
  }

  attached(param: SeriesAttachedParameter<Time>): void {
    this.attachedTo = param;
  }

  detached(): void {
    this.attachedTo = null;
  }

  updateAllViews(): void {
    for (const view of this.views) view.update(this.attachedTo);
  }

  paneViews(): readonly IPrimitivePaneView[] {
    return this.views;
  }
}
