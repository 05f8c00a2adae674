// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { APP_ORIGIN } from '../../../electron/app-origin';
import { guardWebContents, type GuardedContents } from '../../../electron/navigation-guard';
import { denyAllPermissions } from '../../../electron/permissions';

type AnyListener = (...args: unknown[]) => void;

/** A WebContents stand-in that records listeners and the window-open handler, then lets the test fire them. */
function fakeContents() {
  const listeners = new Map<string, AnyListener[]>();
  let openHandler: Parameters<GuardedContents['setWindowOpenHandler']>[0] | undefined;
  const contents = {
    on(event: string, listener: AnyListener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler: Parameters<GuardedContents['setWindowOpenHandler']>[0]) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url: string) => {
    let isPrevented = false;
    const electronEvent = { url, preventDefault: () => (isPrevented = true) };
    for (const listener of listeners.get(event) ?? []) listener(electronEvent, url);
    return isPrevented;
  };
  return {
    contents: contents as unknown as GuardedContents,
    fire,
    openWindow: (url: string) => openHandler?.({ url } as never),
  };
}

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s to another origin is cancelled, within app:// it is allowed',
    (event) => {
      const { contents, fire } = fakeContents();
      guardWebContents(contents, [APP_ORIGIN]);
      expect(fire(event, 'https://evil.example/')).toBe(true);
      expect(fire(event, 'file:///etc/passwd')).toBe(true);
      expect(fire(event, 'app://kursnotiz/index.html')).toBe(false);
    },
  );

  it('denies every new window, including https links', () => {
    const { contents, openWindow } = fakeContents();
    guardWebContents(contents, [APP_ORIGIN]);
    expect(openWindow('https://www.alibabagroup.com/')).toEqual({ action: 'deny' });
    expect(openWindow('app://kursnotiz/index.html')).toEqual({ action: 'deny' });
  });

  it('never lets a <webview> attach', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents, [APP_ORIGIN]);
    expect(fire('will-attach-webview', 'app://kursnotiz/index.html')).toBe(true);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: Parameters<Session['setPermissionRequestHandler']>[0] = null;
    let checkHandler: Parameters<Session['setPermissionCheckHandler']>[0] = null;
    let deviceHandler: Parameters<Session['setDevicePermissionHandler']>[0] = null;
    const session = {
      setPermissionRequestHandler: (handler) => void (requestHandler = handler),
      setPermissionCheckHandler: (handler) => void (checkHandler = handler),
      setDevicePermissionHandler: (handler) => void (deviceHandler = handler),
    } satisfies Pick<
      Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
    >;
    denyAllPermissions(session);

    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'] as const) {
      requestHandler!({} as never, permission, (isGranted) => answers.push(isGranted), {} as never);
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(checkHandler!(null, 'media', 'app://kursnotiz', {} as never)).toBe(false);
    expect(deviceHandler!({} as never)).toBe(false);
  });
});
