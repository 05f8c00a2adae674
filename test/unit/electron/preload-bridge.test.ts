// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { IpcRendererEvent } from 'electron';
import {
  buildPreloadApi,
  type IpcRendererLike,
  type RendererListener,
} from '../../../electron/preload-bridge';
import { invokeArgumentSchemas, eventPayloadSchemas, type MenuCommand } from '../../../shared/ipc-contract';

/** A recording ipcRenderer: invoke calls are logged and answered, listeners can be fired by the test. */
function fakeIpcRenderer(
  answer: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null }),
) {
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<RendererListener>>();
  const ipc: IpcRendererLike = {
    invoke: (channel: string, ...args: unknown[]) => {
      invoked.push({ channel, args });
      return Promise.resolve(answer(channel, args));
    },
    on(channel: string, listener: RendererListener) {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    },
    removeListener(channel: string, listener: RendererListener) {
      listeners.get(channel)?.delete(listener);
      return ipc;
    },
  };
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({} as IpcRendererEvent, payload);
  };
  return { ipc, invoked, emit, listeners };
}

describe('preload API', () => {
  it('has exactly one member per contract channel (invoke and event)', () => {
    const api = buildPreloadApi(fakeIpcRenderer().ipc);
    const channelCount = Object.keys(invokeArgumentSchemas).length + Object.keys(eventPayloadSchemas).length;
    expect(Object.keys(api)).toHaveLength(channelCount);
    expect(Object.values(api).every((member) => typeof member === 'function')).toBe(true);
  });

  it('maps each method to its channel with the arguments unchanged', async () => {
    const { ipc, invoked } = fakeIpcRenderer();
    const api = buildPreloadApi(ipc);
    const request = {
      suggestedName: 'a.pdf',
      bytes: new Uint8Array([1, 2]),
      filter: { name: 'PDF', extensions: ['pdf'] },
    };
    await api.getAppInfo();
    await api.setUiLanguage('de');
    await api.saveFile(request);
    expect(invoked).toEqual([
      { channel: 'app:get-info', args: [] },
      { channel: 'app:set-ui-language', args: ['de'] },
      { channel: 'export:save-file', args: [request] },
    ]);
  });

  it('turns a rejected invoke (no handler, main gone) into an internal IpcResult', async () => {
    const { ipc } = fakeIpcRenderer();
    ipc.invoke = () => Promise.reject(new Error("No handler registered for 'app:get-info'"));
    const api = buildPreloadApi(ipc);
    await expect(api.getAppInfo()).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'app:get-info'" },
    });
  });

  it('delivers valid menu commands, drops payloads outside the contract, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const api = buildPreloadApi(ipc);
    const received: MenuCommand[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    emit('menu:command', 'undo');
    emit('menu:command', 'rm -rf');
    emit('menu:command', { command: 'undo' });
    emit('menu:command', 'about');
    expect(received).toEqual(['undo', 'about']);
    unsubscribe();
    expect(listeners.get('menu:command')?.size).toBe(0);
    emit('menu:command', 'redo');
    expect(received).toEqual(['undo', 'about']);
  });
});
