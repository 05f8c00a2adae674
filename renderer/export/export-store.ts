import { create } from 'zustand';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../shared/export';

/** Where a running export is: building article n of m, or writing the file. */
export interface ExportProgress {
  doneCount: number;
  totalCount: number;
  isWriting: boolean;
}

/** The export feature's UI state: the dialog, the choices, a running export's progress and the last message. */
export interface ExportState {
  isOpen: boolean;
  options: ExportOptions;
  progress: ExportProgress | null;
  isCancelRequested: boolean;
  /** A problem to show in the dialog (e.g. empty scope), already in the UI language. */
  message: string | null;
  open: () => void;
  close: () => void;
  setOptions: (options: Partial<ExportOptions>) => void;
  setProgress: (progress: ExportProgress | null) => void;
  requestCancel: () => void;
  showMessage: (message: string | null) => void;
}

/** Initial export state (tests reset to it). */
export const initialExportState = {
  isOpen: false,
  options: DEFAULT_EXPORT_OPTIONS,
  progress: null,
  isCancelRequested: false,
  message: null,
} satisfies Partial<ExportState>;

/** The export feature's store. */
export const useExportStore = create<ExportState>()((set) => ({
  ...initialExportState,
  open: () => set({ isOpen: true, message: null }),
  close: () => set({ isOpen: false, message: null }),
  setOptions: (options) => set((state) => ({ options: { ...state.options, ...options }, message: null })),
  setProgress: (progress) => set(progress === null ? { progress, isCancelRequested: false } : { progress }),
  requestCancel: () => set({ isCancelRequested: true }),
  showMessage: (message) => set({ message }),
}));
