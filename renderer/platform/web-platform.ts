import type { AppInfo, IpcResult, SaveFileOutcome, SaveFileRequest } from '../../shared/ipc-contract';
import type { Platform } from './platform';
import { APP_VERSION } from '../services/app-version';
import { makeWebImportHost } from '../import/services/web-import-host';

/** Chromium's version from the user agent string, or '' in other browsers. */
function chromeVersionFromUserAgent(userAgent: string): string {
  return /Chrom(?:e|ium)\/([\d.]+)/.exec(userAgent)?.[1] ?? '';
}

/** Starts a browser download of `request.bytes` (the web host has no save dialog). */
function downloadBytes(request: SaveFileRequest): void {
  const blob = new Blob([request.bytes.slice().buffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; revoke a little later so slow browsers still get it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The platform of the web host: a plain browser, no native menus or dialogs. */
export function makeWebPlatform(): Platform {
  return {
    kind: 'web',
    systemLocale: () => navigator.language || 'en-US',
    getAppInfo: () => {
      const info: AppInfo = {
        version: APP_VERSION,
        electronVersion: '',
        chromeVersion: chromeVersionFromUserAgent(navigator.userAgent),
        platform: 'web',
        systemLocale: navigator.language,
        userDataPath: '',
        isPackaged: false,
      };
      return Promise.resolve({ ok: true, value: info });
    },
    // Browsers have no native menus to translate.
    setUiLanguage: () => Promise.resolve(),
    saveFile: (request): Promise<IpcResult<SaveFileOutcome>> => {
      try {
        downloadBytes(request);
        return Promise.resolve({ ok: true, value: { saved: true, path: request.suggestedName } });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return Promise.resolve({ ok: false, error: { code: 'io-error', message } });
      }
    },
    openExternal: (url) => {
      window.open(url, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    onMenuCommand: () => () => undefined,
    importHost: makeWebImportHost(),
  };
}
