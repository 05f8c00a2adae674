// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeWebPlatform } from '../../../../renderer/platform/web-platform';

describe('the web host platform', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports itself as the web host with the browser locale and the bundled version', async () => {
    const platform = makeWebPlatform();
    expect(platform.kind).toBe('web');
    expect(platform.systemLocale()).toBe(navigator.language);
    const info = await platform.getAppInfo();
    expect(info.ok && info.value.platform).toBe('web');
    expect(info.ok && info.value.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('saves a file as a download named as suggested', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const bytes = new TextEncoder().encode('%PDF-1.7 Dossier');
    const result = await makeWebPlatform().saveFile({
      suggestedName: 'dossier.pdf',
      bytes,
      filter: { name: 'PDF', extensions: ['pdf'] },
    });
    expect(result).toEqual({ ok: true, value: { saved: true, path: 'dossier.pdf' } });
    expect(clicked[0]?.download).toBe('dossier.pdf');
    expect(await created[0]?.text()).toBe('%PDF-1.7 Dossier');
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('has no native menu: subscribing returns a harmless unsubscribe', () => {
    const unsubscribe = makeWebPlatform().onMenuCommand(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
  });
});
