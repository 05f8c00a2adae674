import type { App } from 'electron';
import type { AppInfo } from '../../shared/ipc-contract';
import type { IpcRouter } from '../ipc-router';

/** The facts app:get-info reports; main passes `app` and `process`. */
export interface AppInfoSources {
  app: Pick<App, 'getVersion' | 'getLocale' | 'getPath' | 'isPackaged'>;
  versions: Pick<NodeJS.ProcessVersions, 'electron' | 'chrome'>;
  platform: NodeJS.Platform;
}

/** Collects the About/diagnostics facts. */
export function readAppInfo(sources: AppInfoSources): AppInfo {
  return {
    version: sources.app.getVersion(),
    electronVersion: sources.versions.electron,
    chromeVersion: sources.versions.chrome,
    platform: sources.platform,
    systemLocale: sources.app.getLocale(),
    userDataPath: sources.app.getPath('userData'),
    isPackaged: sources.app.isPackaged,
  };
}

/** Registers app:get-info. */
export function setupAppInfo(ipc: IpcRouter, sources: AppInfoSources): void {
  ipc.handle('app:get-info', () => ({ ok: true, value: readAppInfo(sources) }));
}
