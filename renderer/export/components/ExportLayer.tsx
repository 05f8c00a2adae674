import { useExportShortcut } from '../use-export-shortcut';
import { ExportDialog } from './ExportDialog';

/** The export feature's overlay: its dialog and its keyboard shortcut (Ctrl/Cmd+P). */
export function ExportLayer() {
  useExportShortcut();
  return <ExportDialog />;
}
