/** Strings of the chart pane and its level legend. */
export const chartMessages = {
  'chart.title': { de: 'Kurs und Kursziele', en: 'Price and targets' },
} as const;
