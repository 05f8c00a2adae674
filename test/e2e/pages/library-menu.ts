import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Page object for the header's Library menu (German UI) and the dialogs it opens. */
export class LibraryMenu {
  constructor(readonly page: Page) {}

  /** Clicks a menu entry by its visible name. */
  async choose(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Bibliothek: Export, Import, Sicherung' }).click();
    await this.page.getByRole('menu', { name: 'Bibliothek' }).getByRole('menuitem', { name: item }).click();
  }

  /** Exports every annotation as JSON-LD through the export dialog; returns the download. */
  async exportAnnotations(expectedCount: number): Promise<Download> {
    await this.choose('Anmerkungen exportieren (JSON-LD)…');
    const dialog = this.page.getByRole('dialog', { name: 'Anmerkungen exportieren' });
    await expect(dialog.getByRole('status')).toHaveText(`${expectedCount} Markierungen werden exportiert.`);
    const download = this.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Exportieren' }).click();
    return download;
  }

  /** Saves a full backup; returns the download. */
  async backUp(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.choose('Bibliothek sichern…');
    return download;
  }

  /** Picks `path` in the file input behind a menu entry (the browser's file chooser). */
  async pickFile(item: string, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.choose(item);
    await (await chooser).setFiles(path);
  }

  /** The import report dialog. */
  importReport(): Locator {
    return this.page.getByRole('dialog', { name: 'Anmerkungen importiert' });
  }

  /** A report row's count by its label. */
  reportCount(label: string): Locator {
    return this.importReport().locator('.facts__row', { hasText: label }).locator('dd');
  }

  /** The restore confirmation. */
  restoreConfirmation(): Locator {
    return this.page.getByRole('alertdialog', { name: 'Bibliothek aus der Sicherung wiederherstellen?' });
  }
}
