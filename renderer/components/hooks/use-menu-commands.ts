import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { getPlatform } from '../../platform/get-platform';
import { pickAndImportFiles } from '../../import/services/import-runtime';
import { openExportDialog } from '../../export/export-runtime';

/** Reacts to native menu commands: 'about' opens the About dialog; the rest land with their features. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (command === 'about') useAppStore.getState().showDialog('about');
        if (command === 'import') pickAndImportFiles();
        if (command === 'export-pdf') openExportDialog();
      }),
    [],
  );
}
