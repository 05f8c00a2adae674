import type { LevelKind } from '../../shared/model/level';
import type { EffectiveTheme } from './use-effective-theme';

/** Colours the chart draws with in one theme (contrast checked against the background). */
export interface ChartPalette {
  background: string;
  text: string;
  grid: string;
  border: string;
  /** Imported quote history line. */
  importedLine: string;
  /** Closes stated in articles: points and their markers. */
  statedPoint: string;
  /** Article publication ticks on the time axis. */
  articleTick: string;
  /** The tick, line and caption of the article open in the reader. */
  selectedTick: string;
  bandFill: string;
  bandEdge: string;
  labelBackground: string;
  kind: Record<LevelKind, string>;
}

const LIGHT: ChartPalette = {
  background: '#ffffff',
  text: '#1f2937',
  grid: '#eef0f3',
  border: '#cbd2dc',
  importedLine: '#2563eb',
  statedPoint: '#c2410c',
  articleTick: '#6b7280',
  selectedTick: '#0f766e',
  bandFill: 'rgba(22, 163, 74, 0.13)',
  bandEdge: 'rgba(21, 128, 61, 0.45)',
  labelBackground: 'rgba(255, 255, 255, 0.92)',
  kind: {
    quote: '#1d4ed8',
    target: '#15803d',
    fair_value: '#7c3aed',
    high_52w: '#b45309',
    low_52w: '#b45309',
    level: '#dc2626',
  },
};

const DARK: ChartPalette = {
  background: '#16181d',
  text: '#e5e7eb',
  grid: '#252932',
  border: '#3a3f4b',
  importedLine: '#60a5fa',
  statedPoint: '#fb923c',
  articleTick: '#9ca3af',
  selectedTick: '#2dd4bf',
  bandFill: 'rgba(74, 222, 128, 0.14)',
  bandEdge: 'rgba(74, 222, 128, 0.45)',
  labelBackground: 'rgba(22, 24, 29, 0.9)',
  kind: {
    quote: '#93c5fd',
    target: '#4ade80',
    fair_value: '#c4b5fd',
    high_52w: '#fbbf24',
    low_52w: '#fbbf24',
    level: '#f87171',
  },
};

/** The palette for a theme. */
export function chartPalette(theme: EffectiveTheme): ChartPalette {
  return theme === 'dark' ? DARK : LIGHT;
}
