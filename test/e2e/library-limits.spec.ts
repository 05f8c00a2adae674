import { test, expect } from './fixtures';
import { ImportPage } from './pages/import-page';
import { LibraryPage, SEED_TITLES } from './pages/library-page';

// Limits and deletion as a user meets them: a file too big for an article is refused with a German
// reason and stores nothing; an oversized article a former version stored does not stop the app from
// opening and can be deleted; a normal article is deleted with its notes and comes back on undo.

const screenshot = (name: string) => ({ path: test.info().outputPath(name) });

test.describe('bounded imports', () => {
  test('a 10 MB text of 5,000,000 lines is refused naming the file and the limit; nothing is stored', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    const importer = new ImportPage(page);
    const chooserPromise = page.waitForEvent('filechooser');
    await importer.importButton().click();
    await (
      await chooserPromise
    ).setFiles([
      {
        name: 'fünf-millionen-zeilen.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('x\n'.repeat(5_000_000)),
      },
      {
        name: 'kurse-eine-million.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`Date,Close\n${'2024-01-02,155.740\n'.repeat(1_000_001)}`),
      },
      {
        name: 'steuerzeichen.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(
          'Alibaba: Steuerzeichen im Text\n\nDie Aktie\u0000 schloss bei 155,74 $.\u001b Der \u202eKonzern\u202c meldet „starkes“ Wachstum.\n',
        ),
      },
    ]);
    const huge = importer.reportLine('fünf-millionen-zeilen.txt');
    await expect(huge).toContainText('Abgelehnt');
    await expect(huge).toContainText('ein Artikel darf höchstens 1.000.000 haben. Nichts wurde gespeichert.');
    const csv = importer.reportLine('kurse-eine-million.csv');
    await expect(csv).toContainText('Die Kursreihe hat 1.000.002 Zeilen; erlaubt sind höchstens 200.000.');
    const stripped = importer.reportLine('steuerzeichen.txt');
    await expect(stripped).toContainText('Importiert');
    await expect(stripped).toContainText(
      '4 Steuerzeichen (z. B. NUL, ESC, Richtungszeichen) wurden entfernt.',
    );
    await page.screenshot(screenshot('import-limits-report-de.png'));
    await importer.closeReport();

    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 1);
    await expect(library.readerArticle()).toContainText('Die Aktie schloss bei 155,74 $. Der Konzern meldet');
    await page.reload();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 1);
  });
});

test.describe('deleting articles', () => {
  test('an oversized article stored by an older version does not stop start-up and can be deleted', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    // What a version without limits left behind: one article of 1,000,000 short paragraphs.
    await page.evaluate(async () => {
      const blocks = Array.from({ length: 1_000_000 }, (_, index) => ({
        kind: 'paragraph',
        text: `Zeile ${index}`,
      }));
      const request = indexedDB.open('kursnotiz');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = db.transaction('articles', 'readwrite');
        transaction.objectStore('articles').put({
          id: 'art:riesig',
          title: 'Riesige Textdatei',
          source: 'riesig.txt',
          publisherKind: 'other',
          publishedOn: '2026-12-01',
          dateConfidence: 'approximate',
          dateReason: 'file date',
          language: 'de',
          blocks,
          contentHash: 'f'.repeat(64),
          origin: 'import',
          fileName: 'riesig.txt',
          addedAtMs: Date.now(),
        });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(new Error(String(transaction.error)));
      });
      db.close();
    });

    await page.reload();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length);
    const oversized = page.getByRole('region', { name: 'Zu groß zum Anzeigen' });
    await expect(oversized).toContainText('Riesige Textdatei');
    await expect(oversized).toContainText('1.000.000 Absätze');
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[0]!);
    await page.screenshot(screenshot('oversized-article-de.png'));

    await oversized.getByRole('button', { name: '„Riesige Textdatei“ löschen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Artikel löschen?' });
    await expect(dialog).toContainText('das Löschen ist endgültig');
    await dialog.getByRole('button', { name: 'Löschen' }).click();
    await expect(oversized).toBeHidden();
    await page.reload();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length);
    await expect(page.getByRole('region', { name: 'Zu groß zum Anzeigen' })).toBeHidden();
  });

  test('deleting an article names its levels, takes them along, and undo brings all back', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.articleOptions().filter({ hasText: SEED_TITLES[1]! }).click();
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[1]!);
    const levelsBefore = await library.levelEntries().count();

    await page.getByRole('main').getByRole('button', { name: 'Artikel löschen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Artikel löschen?' });
    await expect(dialog).toContainText(`„${SEED_TITLES[1]}“ wird aus der Bibliothek gelöscht.`);
    await expect(dialog).toContainText(
      /Mit ihm werden 0 Markierungen und Notizen sowie [1-9]\d* Kursmarken gelöscht\./u,
    );
    await page.screenshot(screenshot('delete-dialog-de-light.png'));
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot(screenshot('delete-dialog-de-dark.png'));
    await page.emulateMedia({ colorScheme: 'light' });
    await dialog.getByRole('button', { name: 'Löschen' }).click();

    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length - 1);
    await expect(library.articleOptions().filter({ hasText: SEED_TITLES[1]! })).toHaveCount(0);
    expect(await library.levelEntries().count()).toBeLessThan(levelsBefore);
    const undo = page.getByRole('status').filter({ hasText: 'gelöscht' });
    await expect(undo).toContainText(`„${SEED_TITLES[1]}“ gelöscht.`);
    await page.screenshot(screenshot('delete-undo-de-light.png'));
    await undo.getByRole('button', { name: 'Rückgängig' }).click();

    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length);
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[1]!);
    await expect(library.levelEntries()).toHaveCount(levelsBefore);

    // With the keyboard, in English and dark: Delete on the focused list asks first.
    await library.switchLanguage('en');
    await page.emulateMedia({ colorScheme: 'dark' });
    await library.articleList().focus();
    await page.keyboard.press('Delete');
    const english = page.getByRole('dialog', { name: 'Delete article?' });
    await expect(english).toContainText('You can undo the deletion right afterwards.');
    await page.screenshot(screenshot('delete-dialog-en-dark.png'));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot(screenshot('delete-dialog-en-light.png'));
    await english.getByRole('button', { name: 'Delete' }).click();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length - 1);
    await expect(page.locator('.undo-toast-region')).toContainText(`“${SEED_TITLES[1]}” deleted.`);
    await page.screenshot(screenshot('delete-undo-en-light.png'));
    await page.reload();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length - 1);
  });
});
