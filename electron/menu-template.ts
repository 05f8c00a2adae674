import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../shared/ipc-contract';
import { menuLabelsFor, type MenuLabels } from './menu-labels';

/** What the menu depends on; plain data so the template is testable without Electron. */
export interface MenuOptions {
  language: UiLanguage;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Forwards a menu command to the renderer (undo/redo/about…). */
  sendCommand: (command: MenuCommand) => void;
  /** Features whose menu items exist before the feature does; they stay disabled until switched on here. */
  features?: MenuFeatures;
}

/** Switches for menu items of features that land later (Import, PDF export). */
export interface MenuFeatures {
  isImportEnabled: boolean;
  isExportPdfEnabled: boolean;
}

// macOS has no menu mnemonics; drop the '&' markers there so they never show up literally.
function withoutMnemonics(labels: MenuLabels, isMac: boolean): MenuLabels {
  if (!isMac) return labels;
  const stripped = { ...labels };
  for (const key of Object.keys(stripped) as (keyof MenuLabels)[])
    stripped[key] = stripped[key].replace('&', '');
  return stripped;
}

/**
 * Builds the native menu. Import and PDF export are present with their accelerators but disabled until
 * their features switch them on (options.features); reload and devtools exist only in development builds.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const labels = withoutMnemonics(menuLabelsFor(options.language), isMac);
  const send = (command: MenuCommand) => () => options.sendCommand(command);

  const fileMenu: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: [
      {
        id: 'import',
        label: labels.import,
        accelerator: 'CmdOrCtrl+O',
        enabled: options.features?.isImportEnabled ?? false,
        click: send('import'),
      },
      {
        id: 'export-pdf',
        label: labels.exportPdf,
        accelerator: 'CmdOrCtrl+P',
        enabled: options.features?.isExportPdfEnabled ?? false,
        click: send('export-pdf'),
      },
      { type: 'separator' },
      { id: 'close', label: labels.close, role: 'close', accelerator: 'CmdOrCtrl+W' },
      ...(isMac
        ? []
        : [{ id: 'quit', label: labels.quit, role: 'quit' } satisfies MenuItemConstructorOptions]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    id: 'edit',
    label: labels.edit,
    submenu: [
      // Undo/redo act on annotations in the renderer's store, so they are commands, not the native roles.
      { id: 'undo', label: labels.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { id: 'redo', label: labels.redo, accelerator: isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y', click: send('redo') },
      { type: 'separator' },
      { id: 'cut', label: labels.cut, role: 'cut' },
      { id: 'copy', label: labels.copy, role: 'copy' },
      { id: 'paste', label: labels.paste, role: 'paste' },
      { id: 'select-all', label: labels.selectAll, role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { type: 'separator' },
        { id: 'reload', label: labels.reload, role: 'reload' },
        { id: 'toggle-devtools', label: labels.toggleDevTools, role: 'toggleDevTools' },
      ];
  const viewMenu: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      { id: 'zoom-in', label: labels.zoomIn, role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
      { id: 'zoom-out', label: labels.zoomOut, role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
      { id: 'reset-zoom', label: labels.resetZoom, role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
      ...developerItems,
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    id: 'help',
    label: labels.help,
    role: 'help',
    submenu: [{ id: 'about', label: labels.about, click: send('about') }],
  };
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ id: 'app', role: 'appMenu' }] : [];
  return [...appMenu, fileMenu, editMenu, viewMenu, helpMenu];
}
