import { useTranslate } from '../../i18n/translate';
import { useExportStore } from '../export-store';

/** The running export: a progress bar with article n of m, and Cancel (stops before anything is written). */
export function ExportProgressView() {
  const t = useTranslate();
  const progress = useExportStore((state) => state.progress);
  const isCancelRequested = useExportStore((state) => state.isCancelRequested);
  const requestCancel = useExportStore((state) => state.requestCancel);
  if (!progress) return null;
  const text = progress.isWriting
    ? t('export.progress.writing')
    : t('export.progress', { done: progress.doneCount, total: progress.totalCount });
  return (
    <div className="export-dialog__progress" role="status">
      <progress
        aria-label={t('export.progress.label')}
        max={progress.totalCount}
        value={progress.doneCount}
      />
      <span>{text}</span>
      <button type="button" className="button" onClick={requestCancel} disabled={isCancelRequested}>
        {t('export.cancel')}
      </button>
    </div>
  );
}
