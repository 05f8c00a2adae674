import type {
  AppInfo,
  IpcResult,
  MenuCommand,
  SaveFileOutcome,
  SaveFileRequest,
  UiLanguage,
} from '../../shared/ipc-contract';
import type { ImportHost } from '../import/import-host';

/**
 * The one seam between the two hosts: the Electron app (window.api from the preload) and the web host
 * (a plain browser). Everything else in the renderer is the same code in both.
 */
export interface Platform {
  readonly kind: 'electron' | 'web';
  /** The OS/browser locale, e.g. 'de-DE'. */
  systemLocale(): string;
  /** Facts for About/diagnostics. */
  getAppInfo(): Promise<IpcResult<AppInfo>>;
  /** Tells the host which UI language to use for native menus. */
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** Saves bytes the renderer produced: a native save dialog in Electron, a download in the web host. */
  saveFile(request: SaveFileRequest): Promise<IpcResult<SaveFileOutcome>>;
  /** Opens an http(s) link the user confirmed: the system browser in Electron, a new tab on the web. */
  openExternal(url: string): Promise<void>;
  /** Subscribes to native menu commands (none in the web host); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** File import: Electron parses in its utility process, the web host in the renderer. */
  readonly importHost: ImportHost;
}
