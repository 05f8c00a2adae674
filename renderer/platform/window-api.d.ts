import type { PreloadApi } from '../../shared/preload-api';

declare global {
  interface Window {
    /**
     * The Electron preload's bridge (shared/preload-api.ts), derived from the IPC contract.
     * Absent in the web host, hence optional: code must go through renderer/platform.
     */
    readonly api?: PreloadApi;
  }
}

export {};
