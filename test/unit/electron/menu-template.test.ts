// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { installAppMenu, type MenuApi } from '../../../electron/app-menu';
import { languageFromLocale } from '../../../electron/menu-labels';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/menu-template';
import type { MenuCommand } from '../../../shared/ipc-contract';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function template(overrides: Partial<MenuOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const items = flatten(
    buildMenuTemplate({ language: 'en', isPackaged: true, platform: 'linux', sendCommand, ...overrides }),
  );
  const byId = (id: string) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) throw new Error(`no menu item ${id}`);
    return item;
  };
  return { items, byId, sendCommand };
}

describe('menu template', () => {
  it('has the File accelerators, with Import and Export PDF present but disabled', () => {
    const { byId } = template();
    expect(byId('import')).toMatchObject({ accelerator: 'CmdOrCtrl+O', enabled: false });
    expect(byId('export-pdf')).toMatchObject({ accelerator: 'CmdOrCtrl+P', enabled: false });
    expect(byId('close')).toMatchObject({ accelerator: 'CmdOrCtrl+W', role: 'close' });
    expect(byId('quit')).toMatchObject({ role: 'quit' });
  });

  it('enables Import and Export PDF once their features switch them on, and sends their commands', () => {
    const { byId, sendCommand } = template({ features: { isImportEnabled: true, isExportPdfEnabled: true } });
    expect(byId('import').enabled).toBe(true);
    expect(byId('export-pdf').enabled).toBe(true);
    (byId('import').click as () => void)();
    (byId('export-pdf').click as () => void)();
    expect(sendCommand.mock.calls.map(([command]) => command)).toEqual(['import', 'export-pdf']);
  });

  it('sends undo, redo and about to the renderer', () => {
    const { byId, sendCommand } = template();
    expect(byId('undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('redo').accelerator).toBe('Ctrl+Y');
    for (const id of ['undo', 'redo', 'about']) {
      (byId(id).click as () => void)();
    }
    expect(sendCommand.mock.calls.map(([command]) => command)).toEqual(['undo', 'redo', 'about']);
  });

  it('uses the native roles for clipboard and zoom', () => {
    const { byId } = template();
    expect(['cut', 'copy', 'paste', 'select-all'].map((id) => byId(id).role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(byId('zoom-in')).toMatchObject({ role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' });
    expect(byId('zoom-out').role).toBe('zoomOut');
    expect(byId('reset-zoom').role).toBe('resetZoom');
  });

  it('has no reload or devtools when packaged, and has them in development', () => {
    const packagedRoles = template({ isPackaged: true }).items.map((item) => item.role);
    expect(packagedRoles).not.toContain('reload');
    expect(packagedRoles).not.toContain('toggleDevTools');
    const devRoles = template({ isPackaged: false }).items.map((item) => item.role);
    expect(devRoles).toContain('reload');
    expect(devRoles).toContain('toggleDevTools');
  });

  it('speaks German and English', () => {
    const german = template({ language: 'de' });
    expect(german.byId('file').label).toBe('&Datei');
    expect(german.byId('import').label).toBe('Importieren…');
    expect(german.byId('export-pdf').label).toBe('Als PDF exportieren…');
    expect(german.byId('undo').label).toBe('Rückgängig');
    expect(german.byId('about').label).toBe('Über Kursnotiz');
    const english = template({ language: 'en' });
    expect(english.byId('file').label).toBe('&File');
    expect(english.byId('export-pdf').label).toBe('Export PDF…');
    expect(english.byId('about').label).toBe('About Kursnotiz');
  });

  it('on macOS adds the app menu, drops the mnemonics and uses Shift+Cmd+Z for redo', () => {
    const mac = template({ platform: 'darwin', language: 'de' });
    expect(mac.items[0]?.role).toBe('appMenu');
    expect(mac.byId('file').label).toBe('Datei');
    expect(mac.byId('redo').accelerator).toBe('Shift+Cmd+Z');
  });

  it('picks German for any German locale', () => {
    expect(['de', 'de-DE', 'de-AT', 'de_CH'].map(languageFromLocale)).toEqual(['de', 'de', 'de', 'de']);
    expect(['en-US', 'fr-FR', 'dex', ''].map(languageFromLocale)).toEqual(['en', 'en', 'en', 'en']);
  });

  it('installAppMenu rebuilds the application menu in the requested language', () => {
    const built: MenuItemConstructorOptions[][] = [];
    const menu = {
      buildFromTemplate: (items: MenuItemConstructorOptions[]) => {
        built.push(items);
        return {} as never;
      },
      setApplicationMenu: vi.fn(),
    } satisfies MenuApi;
    const context = { isPackaged: true, platform: 'linux' as const, sendCommand: vi.fn() };
    installAppMenu(menu, context, 'en');
    installAppMenu(menu, context, 'de');
    expect(built.map((items) => items[0]?.label)).toEqual(['&File', '&Datei']);
    expect(menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });
});
