import { ipcMain } from 'electron';
import { makeIpcRouter, type IpcRouter, type SenderPolicy } from './ipc-router';

/** The app's IPC router on the real ipcMain; this is the only file that touches ipcMain. */
export function createIpc(isTrustedSender: SenderPolicy): IpcRouter {
  return makeIpcRouter(ipcMain, isTrustedSender);
}
