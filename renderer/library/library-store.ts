import { create } from 'zustand';
import type { KursnotizBackup, W3cImportReport } from '../../shared/annotations';
import type { LibraryCounts } from './services/library-backup';

/** The one library dialog open now, with what it shows. */
export type LibraryDialog =
  | { kind: 'export' }
  | { kind: 'import-report'; fileName: string; report: W3cImportReport }
  | { kind: 'confirm-restore'; fileName: string; backup: KursnotizBackup; current: LibraryCounts }
  | {
      kind: 'message';
      title:
        | 'import-failed'
        | 'restore-refused'
        | 'restore-failed'
        | 'backup-failed'
        | 'export-failed'
        | 'restored';
      text: string;
    };

/** Library interop UI state: the open dialog and whether a long step (import, restore) runs. */
interface LibraryUiState {
  dialog: LibraryDialog | null;
  isBusy: boolean;
  show: (dialog: LibraryDialog | null) => void;
  setBusy: (isBusy: boolean) => void;
}

/** The library feature's own small store (kept apart from the app store: nothing else reads it). */
export const useLibraryStore = create<LibraryUiState>()((set) => ({
  dialog: null,
  isBusy: false,
  show: (dialog) => set({ dialog }),
  setBusy: (isBusy) => set({ isBusy }),
}));
