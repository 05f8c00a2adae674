import { useId } from 'react';
import { useAppStore } from '../../store/app-store';
import { useImportStore, type FileOutcome } from '../import-store';
import { useImportText } from '../import-text';
import { outcomeDetail, outcomeWarnings } from '../outcome-text';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';

function countBy(report: readonly FileOutcome[], statuses: readonly FileOutcome['status'][]): number {
  return report.filter((line) => statuses.includes(line.status)).length;
}

/** The report of the last batch: one line per file with its outcome and, for rejections, the reason. */
export function ImportReportDialog() {
  const t = useImportText();
  const titleId = useId();
  const language = useAppStore((state) => state.language);
  const report = useImportStore((state) => state.report);
  const hasPreviews = useImportStore((state) => state.pendingPreviews.length > 0);
  const isBusy = useImportStore((state) => state.progress !== null);
  const closeReport = useImportStore((state) => state.closeReport);
  // The CSV previews come first; the report opens once they are answered.
  const isOpen = report !== null && !hasPreviews && !isBusy;
  const dialogRef = useModalDialog(isOpen);
  const lines = report ?? [];

  return (
    <dialog ref={dialogRef} className="dialog import-report" aria-labelledby={titleId} onClose={closeReport}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {t('import.report.title')}
        </h2>
        <p className="dialog__subtitle">
          {t('import.report.summary', {
            imported: countBy(lines, ['imported', 'series-imported']),
            updated: countBy(lines, ['updated']),
            duplicate: countBy(lines, ['duplicate']),
            rejected: countBy(lines, ['rejected']),
          })}
        </p>
      </div>
      <ul className="import-report__list" aria-label={t('import.report.files')}>
        {lines.map((line, index) => (
          <li
            key={`${index}:${line.fileName}`}
            className={`import-report__item import-report__item--${line.status}`}
          >
            <span className="import-report__file">{line.fileName}</span>
            <span className="import-report__status">{t(`import.status.${line.status}`)}</span>
            <span className="import-report__detail">{outcomeDetail(language, line)}</span>
            {outcomeWarnings(language, line).map((warning) => (
              <span key={warning} className="import-report__warning">
                {warning}
              </span>
            ))}
          </li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={closeReport} autoFocus>
          {t('import.report.close')}
        </button>
      </div>
    </dialog>
  );
}
