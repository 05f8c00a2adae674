import { useLibraryStore } from '../library-store';
import { AnnotationExportDialog } from './AnnotationExportDialog';
import { ImportReportDialog } from './ImportReportDialog';
import { LibraryMessageDialog } from './LibraryMessageDialog';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';

/** The library feature's dialogs; the store's `dialog` says which one is open. */
export function LibraryDialogs() {
  const dialog = useLibraryStore((state) => state.dialog);
  return (
    <>
      <AnnotationExportDialog isOpen={dialog?.kind === 'export'} />
      <ImportReportDialog result={dialog?.kind === 'import-report' ? dialog : null} />
      <RestoreConfirmDialog dialog={dialog?.kind === 'confirm-restore' ? dialog : null} />
      <LibraryMessageDialog dialog={dialog?.kind === 'message' ? dialog : null} />
    </>
  );
}
