import type { ImportFormats } from '../../shared/ipc-contract';
import type { BrowserFile } from './services/parse-browser-files';
import type { ImportSource } from './services/import-controller';

/** How a host reads and parses import files; the platform seam provides one per host. */
export interface ImportHost {
  /**
   * Electron: the native open dialog; main reads the files and the utility process parses them (resolves
   * null when the user cancels the dialog). null in the web host, which uses a file input instead.
   */
  pickFiles: ((formats: ImportFormats) => Promise<ImportSource | null>) | null;
  /** Parses files the user dropped on the window or picked in the page. */
  parseFiles: (files: readonly BrowserFile[]) => ImportSource;
  /** Asks the host to stop parsing the running batch (the renderer stops storing on its own). */
  cancel: () => void;
}
