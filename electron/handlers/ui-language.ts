import type { UiLanguage } from '../../shared/ipc-contract';
import type { IpcRouter } from '../ipc-router';

/** Registers app:set-ui-language: the renderer's language choice rebuilds the native menu in that language. */
export function setupUiLanguage(ipc: IpcRouter, applyLanguage: (language: UiLanguage) => void): void {
  ipc.handle('app:set-ui-language', (language) => {
    applyLanguage(language);
    return { ok: true, value: null };
  });
}
