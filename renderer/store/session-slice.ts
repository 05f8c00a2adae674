import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

/** How far the start-up (open database, seed, load) has come. */
export type LoadStatus = 'loading' | 'ready' | 'failed';

/** What navigator.storage.persist() answered: persistent, best effort, or not asked/unsupported. */
export type StoragePersistence = 'persistent' | 'best-effort' | 'unknown';

/** Session slice: start-up progress, a start-up failure to show, and facts About/diagnostics shows. */
export interface SessionSlice {
  loadStatus: LoadStatus;
  /** The failure shown instead of the library when start-up failed (already logged once). */
  loadError: string | null;
  storagePersistence: StoragePersistence;
  markLoaded: () => void;
  failLoading: (message: string) => void;
  setStoragePersistence: (persistence: StoragePersistence) => void;
}

/** Initial session state. */
export const initialSessionState: Pick<SessionSlice, 'loadStatus' | 'loadError' | 'storagePersistence'> = {
  loadStatus: 'loading',
  loadError: null,
  storagePersistence: 'unknown',
};

/** Creates the session slice. */
export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  ...initialSessionState,
  markLoaded: () => set({ loadStatus: 'ready', loadError: null }),
  failLoading: (message) => set({ loadStatus: 'failed', loadError: message }),
  setStoragePersistence: (storagePersistence) => set({ storagePersistence }),
});
