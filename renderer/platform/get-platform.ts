import type { Platform } from './platform';
import { makeElectronPlatform } from './electron-platform';
import { makeWebPlatform } from './web-platform';

let platform: Platform | undefined;

/** The host's platform: Electron's when the preload exposed `window.api`, else the web host's (memoised). */
export function getPlatform(): Platform {
  platform ??= window.api ? makeElectronPlatform(window.api) : makeWebPlatform();
  return platform;
}
