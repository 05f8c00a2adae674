// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { isOpenableUrl, setupOpenExternal } from '../../../electron/handlers/open-external';
import type { IpcRouter } from '../../../electron/ipc-router';
import { invokeArgumentSchemas, isWebUrl, type IpcResult } from '../../../shared/ipc-contract';

/** Registers the handler on a recording router and returns it with the fake shell. */
function setup() {
  let handler: ((url: string) => Promise<IpcResult<null>>) | undefined;
  const router: IpcRouter = {
    handle: (channel, fn) => {
      if (channel === 'app:open-external') handler = fn as unknown as typeof handler;
    },
    send: vi.fn(),
  };
  const shell = { openExternal: vi.fn(() => Promise.resolve()) };
  setupOpenExternal(router, shell);
  return { shell, open: (url: string) => handler!(url) };
}

describe('app:open-external', () => {
  it('hands a confirmed https link to the system browser', async () => {
    const { shell, open } = setup();
    await expect(open('https://www.example.com/bericht?id=1')).resolves.toEqual({ ok: true, value: null });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.example.com/bericht?id=1');
  });

  it('never opens schemes that could start programs or read files', async () => {
    const { shell, open } = setup();
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'ms-settings:',
      'not a url',
    ]) {
      await expect(open(url)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('is refused already at the IPC boundary for anything but a plain http(s) URL', () => {
    const schema = invokeArgumentSchemas['app:open-external'];
    expect(schema.safeParse(['https://example.com/a b']).success).toBe(false);
    expect(schema.safeParse(['file:///C:/Windows/system32/calc.exe']).success).toBe(false);
    expect(schema.safeParse([`https://example.com/${'x'.repeat(3000)}`]).success).toBe(false);
    expect(schema.safeParse(['http://example.com/ok']).success).toBe(true);
    expect(isWebUrl('HTTPS://EXAMPLE.COM')).toBe(true);
    expect(isOpenableUrl('https://example.com')).toBe(true);
  });
});
