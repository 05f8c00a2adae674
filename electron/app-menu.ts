import type { Menu } from 'electron';
import type { MenuCommand, UiLanguage } from '../shared/ipc-contract';
import { buildMenuTemplate, type MenuFeatures } from './menu-template';

/** The Menu statics the installer needs. */
export type MenuApi = Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>;

/** Static facts for the menu; the language changes at run time. */
export interface AppMenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform;
  sendCommand: (command: MenuCommand) => void;
  features?: MenuFeatures;
}

/** Installs the application menu; call again with another language to rebuild it. */
export function installAppMenu(menu: MenuApi, context: AppMenuContext, language: UiLanguage): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate({ ...context, language })));
}
