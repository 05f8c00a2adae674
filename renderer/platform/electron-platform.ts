import type { PreloadApi } from '../../shared/preload-api';
import type { Platform } from './platform';
import { makeElectronImportHost } from '../import/services/electron-import-host';

/** The Electron host: every call goes through the preload's `window.api` (passed in, so tests can fake it). */
export function makeElectronPlatform(
  api: PreloadApi,
  locale: () => string = () => navigator.language,
): Platform {
  return {
    kind: 'electron',
    systemLocale: locale,
    getAppInfo: () => api.getAppInfo(),
    async setUiLanguage(language) {
      const result = await api.setUiLanguage(language);
      // The menu language is cosmetic: a failure is logged, never shown as an error to the user.
      if (!result.ok) console.warn(`[platform] menu language not applied: ${result.error.message}`);
    },
    saveFile: (request) => api.saveFile(request),
    async openExternal(url) {
      // Reviewed: this is the preload bridge, not shell.openExternal. Main accepts only http(s) URLs from
      // the app's own frame (contract schema + sender check) and opens them in the system browser.
      const result = await api.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
      if (!result.ok) console.warn(`[platform] link not opened: ${result.error.message}`);
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    importHost: makeElectronImportHost(api),
  };
}
