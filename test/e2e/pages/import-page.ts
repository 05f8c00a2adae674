import { expect, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** Absolute path of a file under test/fixtures/import/. */
export function importFixture(relativePath: string): string {
  return fileURLToPath(new URL(`../../fixtures/import/${relativePath}`, import.meta.url));
}

/** Page object for the file import: the header button, progress, CSV preview and the import report. */
export class ImportPage {
  constructor(readonly page: Page) {}

  importButton(): Locator {
    return this.page.getByRole('button', { name: 'Dateien importieren…' });
  }

  /** Picks files through the header button's file chooser, as a user does. */
  async pickFiles(paths: string[]): Promise<void> {
    const chooserPromise = this.page.waitForEvent('filechooser');
    await this.importButton().click();
    const chooser = await chooserPromise;
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(paths);
  }

  report(): Locator {
    return this.page.getByRole('dialog', { name: 'Importbericht' });
  }

  /** The report's line naming `fileName`. */
  reportLine(fileName: string): Locator {
    return this.report()
      .getByRole('list', { name: 'Dateien' })
      .getByRole('listitem')
      .filter({ hasText: fileName });
  }

  async closeReport(): Promise<void> {
    await this.report().getByRole('button', { name: 'Schließen' }).click();
    await expect(this.report()).toBeHidden();
  }

  csvPreview(): Locator {
    return this.page.getByRole('dialog', { name: /^Kursreihe prüfen/u });
  }

  /** The value of a fact row ("Zeilen", "Erster Kurs" …) in the CSV preview. */
  previewFact(label: string): Locator {
    return this.csvPreview()
      .locator('.facts__row')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('dd');
  }
}
