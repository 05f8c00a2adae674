import { useImportStore } from '../import-store';
import { useImportText } from '../import-text';
import { cancelImport } from '../services/import-runtime';

/** Progress of the running import: a progressbar with the current file's name and a cancel button. */
export function ImportProgressBar() {
  const t = useImportText();
  const progress = useImportStore((state) => state.progress);
  const isCancelRequested = useImportStore((state) => state.isCancelRequested);
  if (!progress) return null;
  const { doneCount, totalCount, fileName } = progress;
  const percent = totalCount > 0 ? Math.round((doneCount / totalCount) * 100) : 0;
  return (
    <div className="import-progress" role="status">
      <div
        className="import-progress__bar"
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-valuemin={0}
        aria-valuemax={totalCount}
        aria-valuenow={doneCount}
        aria-valuetext={`${doneCount} / ${totalCount}`}
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="import-progress__text">
        {fileName === ''
          ? t('import.progress.reading', { total: totalCount })
          : t('import.progress.text', { done: doneCount, total: totalCount, fileName })}
      </span>
      <button
        type="button"
        className="button button--quiet"
        onClick={cancelImport}
        disabled={isCancelRequested}
      >
        {t('import.cancel')}
      </button>
    </div>
  );
}
