import { useEffect } from 'react';
import { openExportDialog } from './export-runtime';

/** Ctrl+P (Cmd+P on macOS) opens the export dialog instead of the browser's print dialog. */
export function useExportShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const isModifier = event.ctrlKey || event.metaKey;
      if (!isModifier || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      openExportDialog();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
