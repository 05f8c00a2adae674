import { useImportStore } from '../import-store';
import { useImportText } from '../import-text';
import { useWindowDrop } from '../hooks/use-window-drop';
import { CsvPreviewDialog } from './CsvPreviewDialog';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportDialog } from './ImportReportDialog';
import '../import.css';

/** Everything the import shows over the workspace: drop target, progress, CSV preview and the report. */
export function ImportLayer() {
  const t = useImportText();
  const isDragging = useImportStore((state) => state.isDragging);
  useWindowDrop();
  return (
    <>
      {isDragging && (
        <div className="import-drop" aria-hidden="true">
          <p className="import-drop__text">{t('import.drop')}</p>
        </div>
      )}
      <ImportProgressBar />
      <CsvPreviewDialog />
      <ImportReportDialog />
    </>
  );
}
