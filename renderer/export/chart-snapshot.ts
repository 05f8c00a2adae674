/** Takes a picture of the live chart (lightweight-charts' takeScreenshot, primitives included). */
export type ChartSnapshotSource = () => HTMLCanvasElement;

let source: ChartSnapshotSource | null = null;

/** The chart pane registers its chart while it lives; returns the unregister function for its cleanup. */
export function registerChartSnapshot(next: ChartSnapshotSource): () => void {
  source = next;
  return () => {
    if (source === next) source = null;
  };
}

/** The live chart as a PNG data URL, or null when no chart is shown or it has no size (e.g. a hidden pane). */
export function chartPngDataUrl(): string | null {
  if (!source) return null;
  try {
    const canvas = source();
    return canvas.width > 0 && canvas.height > 0 ? canvas.toDataURL('image/png') : null;
  } catch (error) {
    console.warn('Kursnotiz: the chart picture could not be taken:', error);
    return null;
  }
}
