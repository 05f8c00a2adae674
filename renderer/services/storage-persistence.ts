import type { StoragePersistence } from '../store/session-slice';

/** The part of navigator.storage this needs (tests pass a fake). */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/**
 * Asks the browser to keep our IndexedDB even under storage pressure. Chromium grants it to installed
 * apps and engaged sites; otherwise the data is kept "best effort" (evictable when the disk fills up).
 */
export async function requestPersistentStorage(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<StoragePersistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unknown';
  try {
    if (await storage.persisted()) return 'persistent';
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    // Some embedders reject instead of answering false; the data is then kept best effort.
    return 'best-effort';
  }
}
