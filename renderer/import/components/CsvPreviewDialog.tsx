import { useId, useState, type FormEvent } from 'react';
import type { CsvPreviewOk } from '../../../shared/import/csv';
import { CURRENCY_CODES, type CurrencyCode } from '../../../shared/model/money';
import { useAppStore } from '../../store/app-store';
import { useImportStore } from '../import-store';
import { isImportMessageKey, useImportText } from '../import-text';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';
import { confirmPriceHistory, skipPriceHistory } from '../services/import-runtime';
import { isValidListing, listingDefault } from '../listing-input';

const DELIMITER_NAMES: Record<string, string> = { ',': ', (Komma/comma)', ';': ';', '\t': 'Tab', '|': '|' };

function PreviewForm({ preview }: { preview: CsvPreviewOk }) {
  const t = useImportText();
  const titleId = useId();
  const language = useAppStore((state) => state.language);
  const { detected, stats } = preview;
  const [symbol, setSymbol] = useState(detected.symbolSuggestion ?? '');
  const [currency, setCurrency] = useState<CurrencyCode>(detected.currencySuggestion ?? 'USD');
  const [listing, setListing] = useState(listingDefault(detected));
  const [isSaving, setSaving] = useState(false);
  const dialogRef = useModalDialog(true);
  const isValid = symbol.trim() !== '' && isValidListing(listing);
  const price = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  const dateClose = (date: string | null, close: number | null) =>
    t('import.csv.dateClose', { date: date ?? '–', close: close === null ? '–' : price.format(close) });

  // Codes the parser adds later fall back to its English message until they get a translation.
  const warningText = (warning: CsvPreviewOk['warnings'][number]) => {
    const key = `import.warning.${warning.code}`;
    return isImportMessageKey(key) ? t(key, warning.values) : warning.message;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isValid || isSaving) return;
    setSaving(true);
    void confirmPriceHistory(preview, {
      symbol: symbol.trim(),
      currency,
      listing: listing.trim().toUpperCase(),
    }).finally(() => setSaving(false));
  };

  const facts: [string, string][] = [
    [t('import.csv.delimiter'), DELIMITER_NAMES[detected.delimiter] ?? detected.delimiter],
    [t('import.csv.decimal'), detected.decimalMark],
    [t('import.csv.dateFormat'), detected.dateFormat],
    [t('import.csv.interval'), t(`import.csv.interval.${detected.interval}`)],
    [
      t('import.csv.rows'),
      t('import.csv.rowsValue', {
        kept: stats.barsKept,
        read: stats.rowsRead,
        empty: stats.droppedEmpty,
        duplicate: stats.droppedDuplicate,
        other: stats.droppedUnparseable + stats.droppedWrongFieldCount,
      }),
    ],
    [t('import.csv.first'), dateClose(stats.firstDate, stats.firstClose)],
    [t('import.csv.last'), dateClose(stats.lastDate, stats.lastClose)],
  ];

  return (
    <dialog
      ref={dialogRef}
      className="dialog csv-preview"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        skipPriceHistory(preview);
      }}
    >
      <form onSubmit={onSubmit}>
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {t('import.csv.title', { fileName: preview.fileName })}
          </h2>
        </div>
        <h3 className="dialog__section">{t('import.csv.detected')}</h3>
        <dl className="facts">
          {facts.map(([label, value]) => (
            <div key={label} className="facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {preview.warnings.length > 0 && (
          <ul className="csv-preview__warnings">
            {preview.warnings.map((warning) => (
              <li key={warning.code}>{warningText(warning)}</li>
            ))}
          </ul>
        )}
        <div className="csv-preview__fields">
          <label className="csv-preview__field">
            <span>{t('import.csv.symbol')}</span>
            <input
              value={symbol}
              onChange={(event) => setSymbol(event.target.value)}
              maxLength={20}
              required
            />
          </label>
          <label className="csv-preview__field">
            <span>{t('import.csv.currency')}</span>
            <select value={currency} onChange={(event) => setCurrency(event.target.value as CurrencyCode)}>
              {CURRENCY_CODES.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          <label className="csv-preview__field">
            <span>{t('import.csv.listing')}</span>
            <input
              value={listing}
              onChange={(event) => setListing(event.target.value)}
              maxLength={40}
              required
            />
          </label>
        </div>
        {!isValid && <p className="dialog__hint">{t('import.csv.invalid')}</p>}
        <div className="dialog__actions csv-preview__actions">
          <button type="button" className="button button--quiet" onClick={() => skipPriceHistory(preview)}>
            {t('import.csv.skip')}
          </button>
          <button type="submit" className="button button--primary" disabled={!isValid || isSaving}>
            {t('import.csv.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The accessible modal that shows one parsed price history and asks for symbol, currency and listing. */
export function CsvPreviewDialog() {
  const preview = useImportStore((state) =>
    state.progress === null ? (state.pendingPreviews[0] ?? null) : null,
  );
  // Keyed by file: each preview starts with its own suggestions.
  return preview ? <PreviewForm key={preview.fileName} preview={preview} /> : null;
}
