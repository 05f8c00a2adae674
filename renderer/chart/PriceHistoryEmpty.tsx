import { useId } from 'react';
import { useTranslate } from '../i18n/translate';
import { ImportButton } from '../import/components/ImportButton';

/** The chart's note while no price history is stored: what the chart lacks, the formats, and the import. */
export function PriceHistoryEmpty() {
  const t = useTranslate();
  const titleId = useId();
  return (
    <section className="kn-chart-empty" aria-labelledby={titleId}>
      <p className="kn-chart-empty__text">
        <strong id={titleId}>{t('chart.history.emptyTitle')}</strong> {t('chart.history.emptyText')}
      </p>
      <ImportButton
        text={t('chart.history.import')}
        label={t('chart.history.import')}
        formats="price-data"
        className="button"
      />
    </section>
  );
}
