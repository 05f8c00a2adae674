import { dirname, join } from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type { IpcResult, SaveFileOutcome, SaveFileRequest } from '../../shared/ipc-contract';
import type { IpcRouter } from '../ipc-router';
import type { SettingsStore } from '../settings-store';

/** What the save handler needs from the outside world. */
export interface SaveFileDeps {
  /** Shows the native dialog (attached to the main window in the app). */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  settings: SettingsStore;
  /** Where the first dialog opens (the user's Documents folder). */
  defaultFolder: string;
}

/** Shows the save dialog (the OS confirms overwrites), writes the bytes and remembers the folder. */
export async function saveFile(
  deps: SaveFileDeps,
  request: SaveFileRequest,
): Promise<IpcResult<SaveFileOutcome>> {
  const { lastSaveFolder } = await deps.settings.read();
  const result = await deps.showSaveDialog({
    defaultPath: join(lastSaveFolder ?? deps.defaultFolder, request.suggestedName),
    filters: [{ name: request.filter.name, extensions: request.filter.extensions }],
    // Linux needs asking for the overwrite prompt; macOS and Windows always ask.
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') {
    return { ok: true, value: { saved: false } };
  }
  const path = result.filePath;
  try {
    await deps.writeFile(path, request.bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'io-error', message: `Could not write ${path}: ${reason}` } };
  }
  // A failure to remember the folder must not turn a successful save into an error.
  await deps.settings.update({ lastSaveFolder: dirname(path) }).catch(() => undefined);
  return { ok: true, value: { saved: true, path } };
}

/** Registers export:save-file. */
export function setupSaveFile(ipc: IpcRouter, deps: SaveFileDeps): void {
  ipc.handle('export:save-file', (request) => saveFile(deps, request));
}
