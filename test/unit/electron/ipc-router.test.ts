// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, parseDevUrl, originOf } from '../../../electron/app-origin';
import {
  makeIpcRouter,
  type InvokeRegistrar,
  type SenderEvent,
  type SenderFrame,
} from '../../../electron/ipc-router';
import { makeSenderPolicy } from '../../../electron/sender-policy';
import type { AppInfo, IpcResult } from '../../../shared/ipc-contract';

type Listener = Parameters<InvokeRegistrar['handle']>[1];

/** A recording ipcMain: keeps each registered listener so the test can invoke it like Electron would. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipc = {
    handle: (channel: string, listener: Listener) => {
      listeners.set(channel, listener);
    },
  } satisfies InvokeRegistrar;
  const invoke = (channel: string, event: SenderEvent, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, ...args);
  };
  return { ipc, invoke, listeners };
}

const appFrame = { url: 'app://kursnotiz/index.html' } satisfies SenderFrame;
const info: AppInfo = {
  version: '0.1.0',
  electronVersion: '45.4.1',
  chromeVersion: '142.0.0.0',
  platform: 'linux',
  systemLocale: 'de-DE',
  userDataPath: '/home/u/.config/Kursnotiz',
  isPackaged: false,
};

function setup(mainFrame: SenderFrame = appFrame) {
  const { ipc, invoke, listeners } = fakeIpcMain();
  const log = vi.fn<(message: string) => void>();
  const router = makeIpcRouter(
    ipc,
    makeSenderPolicy(() => mainFrame, [APP_ORIGIN]),
    log,
  );
  return { router, invoke, listeners, log };
}

describe('ipc router handle()', () => {
  it('runs the handler for the main frame on app://kursnotiz', async () => {
    const { router, invoke } = setup();
    router.handle('app:get-info', () => ({ ok: true, value: info }));
    await expect(invoke('app:get-info', { senderFrame: appFrame })).resolves.toEqual({
      ok: true,
      value: info,
    });
  });

  it('refuses a frame that is not the main window main frame (e.g. an iframe)', async () => {
    const { router, invoke, log } = setup();
    const handler = vi.fn(() => ({ ok: true as const, value: info }));
    router.handle('app:get-info', handler);
    // Same URL, different frame object: identity matters, not the URL alone.
    const iframe = { url: 'app://kursnotiz/index.html' } satisfies SenderFrame;
    const result = (await invoke('app:get-info', { senderFrame: iframe })) as IpcResult<AppInfo>;
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused app:get-info'));
  });

  it('refuses the main frame once it has navigated to another origin', async () => {
    const hijacked = { url: 'https://evil.example/index.html' } satisfies SenderFrame;
    const { router, invoke } = setup(hijacked);
    const handler = vi.fn(() => ({ ok: true as const, value: info }));
    router.handle('app:get-info', handler);
    const result = (await invoke('app:get-info', { senderFrame: hijacked })) as IpcResult<AppInfo>;
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
  });

  it('refuses a destroyed sender frame (null)', async () => {
    const { router, invoke } = setup();
    const handler = vi.fn(() => ({ ok: true as const, value: info }));
    router.handle('app:get-info', handler);
    const result = (await invoke('app:get-info', { senderFrame: null })) as IpcResult<AppInfo>;
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
  });

  it('trusts the validated dev URL origin, and only that port', () => {
    const parsed = parseDevUrl('http://localhost:5173/');
    if (!parsed.ok) throw new Error(parsed.reason);
    const devFrame = { url: 'http://localhost:5173/' } satisfies SenderFrame;
    const policy = makeSenderPolicy(() => devFrame, [APP_ORIGIN, originOf(parsed.url)]);
    expect(policy({ senderFrame: devFrame })).toBe(true);
    const otherPort = { url: 'http://localhost:9999/' } satisfies SenderFrame;
    expect(
      makeSenderPolicy(() => otherPort, [APP_ORIGIN, originOf(parsed.url)])({ senderFrame: otherPort }),
    ).toBe(false);
  });

  it('rejects malformed arguments before the handler runs, naming the problem', async () => {
    const { router, invoke } = setup();
    const handler = vi.fn(() => ({ ok: true as const, value: null }));
    router.handle('app:set-ui-language', handler);
    const wrongValue = (await invoke(
      'app:set-ui-language',
      { senderFrame: appFrame },
      'fr',
    )) as IpcResult<null>;
    const missing = (await invoke('app:set-ui-language', { senderFrame: appFrame })) as IpcResult<null>;
    const extra = (await invoke(
      'app:set-ui-language',
      { senderFrame: appFrame },
      'de',
      'x',
    )) as IpcResult<null>;
    expect(handler).not.toHaveBeenCalled();
    for (const result of [wrongValue, missing, extra]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    if (!wrongValue.ok) expect(wrongValue.error.message).toContain('app:set-ui-language');
  });

  it('rejects a save request whose file name tries to escape into a folder', async () => {
    const { router, invoke } = setup();
    const handler = vi.fn(() => ({ ok: true as const, value: { saved: false as const } }));
    router.handle('export:save-file', handler);
    const request = {
      suggestedName: '../../.bashrc',
      bytes: new Uint8Array([1]),
      filter: { name: 'PDF', extensions: ['pdf'] },
    };
    const result = (await invoke(
      'export:save-file',
      { senderFrame: appFrame },
      request,
    )) as IpcResult<unknown>;
    expect(handler).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!result.ok) expect(result.error.message).toContain('suggestedName');
  });

  it('passes validated arguments through to the handler', async () => {
    const { router, invoke } = setup();
    const handler = vi.fn((_language: 'de' | 'en') => ({ ok: true as const, value: null }));
    router.handle('app:set-ui-language', handler);
    await invoke('app:set-ui-language', { senderFrame: appFrame }, 'de');
    expect(handler).toHaveBeenCalledWith('de');
  });

  it('turns a thrown error into an internal IpcResult instead of a rejected invoke', async () => {
    const { router, invoke } = setup();
    router.handle('app:get-info', () => {
      throw new Error('disk on fire');
    });
    await expect(invoke('app:get-info', { senderFrame: appFrame })).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });

  it('send() delivers to live WebContents and skips destroyed ones', () => {
    const { router } = setup();
    const sent: unknown[][] = [];
    const live = { send: (...args: unknown[]) => void sent.push(args), isDestroyed: () => false };
    const dead = { send: (...args: unknown[]) => void sent.push(args), isDestroyed: () => true };
    router.send(live, 'menu:command', 'undo');
    router.send(dead, 'menu:command', 'redo');
    expect(sent).toEqual([['menu:command', 'undo']]);
  });
});
