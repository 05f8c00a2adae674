import type { UiLanguage } from '../../shared/ipc-contract';

/**
 * Takes a picture of the live chart (lightweight-charts' takeScreenshot, primitives included) with its
 * labels in `language`, which may differ from the UI's (a German dossier from an English UI).
 */
export type ChartSnapshotSource = (language: UiLanguage) => HTMLCanvasElement | Promise<HTMLCanvasElement>;

let source: ChartSnapshotSource | null = null;

/** The chart pane registers its chart while it lives; returns the unregister function for its cleanup. */
export function registerChartSnapshot(next: ChartSnapshotSource): () => void {
  source = next;
  return () => {
    if (source === next) source = null;
  };
}

/** The live chart as a PNG data URL labelled in `language`, or null when no chart is shown or it has no size. */
export async function chartPngDataUrl(language: UiLanguage): Promise<string | null> {
  if (!source) return null;
  try {
    const canvas = await source(language);
    return canvas.width > 0 && canvas.height > 0 ? canvas.toDataURL('image/png') : null;
  } catch (error) {
    console.warn('Kursnotiz: the chart picture could not be taken:', error);
    return null;
  }
}
