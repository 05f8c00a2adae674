import type { ComponentType } from 'react';
import { useTranslate } from '../i18n/translate';

type ChartPaneModule = { ChartPane: ComponentType };

// Resolved at build time: the chart feature's pane once renderer/chart/ChartPane.tsx exists.
const chartModules = import.meta.glob<ChartPaneModule>('../chart/ChartPane.tsx', { eager: true });
const ChartPane = chartModules['../chart/ChartPane.tsx']?.ChartPane;

/** The chart's place in the layout: the chart feature's pane, or a quiet placeholder until it is built. */
export function ChartSlot() {
  const t = useTranslate();
  if (ChartPane) return <ChartPane />;
  return (
    <div className="pane chart-placeholder">
      <p className="empty-note">{t('layout.chartPlaceholder')}</p>
    </div>
  );
}
