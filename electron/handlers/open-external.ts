import type { Shell } from 'electron';
import type { IpcRouter } from '../ipc-router';

/** True for http: and https: URLs, parsed by Node's URL parser (a second check after the IPC schema). */
export function isOpenableUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Registers app:open-external: a link the user confirmed in the renderer opens in their browser.
 * Never file:, javascript: or custom schemes, which could start programs (Electron checklist item 15).
 */
export function setupOpenExternal(ipc: IpcRouter, shell: Pick<Shell, 'openExternal'>): void {
  ipc.handle('app:open-external', async (url) => {
    if (!isOpenableUrl(url)) {
      return { ok: false, error: { code: 'invalid-argument', message: 'Only http(s) links can be opened.' } };
    }
    // Reviewed openExternal: the URL passed the contract's http(s) schema at the IPC boundary, comes only
    // from our own main frame, and is re-parsed as http(s) above (test/unit/electron/open-external.test.ts).
    await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { ok: true, value: null };
  });
}
