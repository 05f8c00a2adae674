import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the export dialog (German UI). */
export class ExportDialogPage {
  constructor(readonly page: Page) {}

  dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Notizen exportieren' });
  }

  /** Opens the dialog with the header's button. */
  async openByButton(): Promise<void> {
    await this.page.getByRole('button', { name: 'PDF exportieren…' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  /** Ticks a radio choice of a group (e.g. group 'Umfang', choice 'Alle Artikel'). */
  async choose(group: string, choice: string): Promise<void> {
    await this.dialog().getByRole('group', { name: group }).getByRole('radio', { name: choice }).check();
  }

  /** Ticks or clears the tag filter's checkbox for `tag`. */
  async setTag(tag: string, isChecked: boolean): Promise<void> {
    await this.dialog()
      .getByRole('group', { name: /^Schlagwörter/ })
      .getByRole('checkbox', { name: tag })
      .setChecked(isChecked);
  }

  exportButton(): Locator {
    return this.dialog().getByRole('button', { name: 'Exportieren' });
  }

  alert(): Locator {
    return this.dialog().getByRole('alert');
  }
}
