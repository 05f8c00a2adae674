import { useTranslate } from '../../i18n/translate';
import { useExportStore } from '../export-store';
import { openExportDialog } from '../export-runtime';

/** The header's "Export PDF…" button: opens the export dialog. */
export function ExportButton() {
  const t = useTranslate();
  const isBusy = useExportStore((state) => state.progress !== null);
  return (
    <button type="button" className="button button--quiet" disabled={isBusy} onClick={openExportDialog}>
      {t('export.button')}
    </button>
  );
}
