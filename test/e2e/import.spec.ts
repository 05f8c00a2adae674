import { readFileSync } from 'node:fs';
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { importFixture, ImportPage } from './pages/import-page';
import { LibraryPage, SEED_TITLES } from './pages/library-page';

test.describe('file import in the web host', () => {
  test('German text files in Windows-1252 and UTF-16 show their umlauts, € and „“ in the reader', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await test.step('import the same article in two encodings', async () => {
      await importer.pickFiles([importFixture('txt/windows-1252.txt'), importFixture('txt/utf16le-bom.txt')]);
      await expect(importer.reportLine('windows-1252.txt')).toContainText('Importiert');
      // Decoded right, the UTF-16 file holds exactly the same text: the same content hash, so a duplicate.
      await expect(importer.reportLine('utf16le-bom.txt')).toContainText('Duplikat');
      await importer.closeReport();
    });
    await test.step('the reader shows the text right', async () => {
      await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 1);
      await library.articleOptions().filter({ hasText: 'Anleger hoffen auf die Wende' }).click();
      await expect(library.readerHeading()).toHaveText('Alibaba-Aktie: Anleger hoffen auf die Wende');
      await expect(library.readerArticle()).toContainText('„überraschend starke“');
      await expect(library.readerArticle()).toContainText('rund 142 € – so viel');
      await expect(library.readerArticle()).toContainText('Für deutsche Privatanleger');
    });
    await test.step('the same file again is a duplicate, not stored twice', async () => {
      await importer.pickFiles([importFixture('txt/windows-1252.txt'), importFixture('txt/iso-8859-1.txt')]);
      await expect(importer.reportLine('windows-1252.txt')).toContainText('Duplikat');
      await expect(importer.reportLine('iso-8859-1.txt')).toContainText('Importiert');
      await importer.closeReport();
      await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 2);
    });
  });

  test('a long import shows a named progress bar with the current file and can be cancelled', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      for (let index = 0; index < 800; index += 1) {
        const text = `Meldung ${index}: Alibaba legt um ${index} Prozent zu.\n\nHändler verweisen auf „starke“ Zahlen.`;
        transfer.items.add(new File([text], `meldung-${index}.txt`));
      }
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    const progress = page.getByRole('progressbar', { name: 'Import läuft' });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuemax', '800');
    await expect(page.getByText(/Datei \d+ von 800: meldung-\d+\.txt/u)).toBeVisible();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(importer.report()).toBeVisible();
    await expect(importer.reportLine('meldung-799.txt')).toContainText('Import abgebrochen');
    await expect(importer.report().getByRole('listitem')).toHaveCount(800);
    await importer.closeReport();
  });

  test('files dropped on the window are imported like picked ones', async ({ page }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    const bytes = [...readFileSync(importFixture('md/alibaba-analyse-frontmatter.md'))];
    // A real drop event with a DataTransfer holding the file, as the browser builds it for a user's drop.
    await page.evaluate((fileBytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(fileBytes)], 'alibaba-analyse-frontmatter.md'));
      for (const type of ['dragenter', 'dragover', 'drop'])
        document.body.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, bytes);
    await expect(importer.reportLine('alibaba-analyse-frontmatter.md')).toContainText('Importiert');
    await importer.closeReport();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 1);
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1/u);
  });

  test('a saved news page and a PDF import as readable articles', async ({ page }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await importer.pickFiles([
      importFixture('html/finanzkurier-kursziele-windows-1252.html'),
      importFixture('pdf/research-note-alibaba.pdf'),
    ]);
    await expect(importer.report()).toBeVisible({ timeout: 30_000 });
    await expect(importer.reportLine('finanzkurier-kursziele-windows-1252.html')).toContainText('Importiert');
    await expect(importer.reportLine('research-note-alibaba.pdf')).toContainText('Importiert');
    await importer.closeReport();
    await library.articleOptions().filter({ hasText: 'Analysten heben Kursziele an' }).click();
    await expect(library.readerHeading()).toHaveText('Alibaba-Aktie: Analysten heben Kursziele an');
    await expect(library.readerArticle()).toContainText(/[äöüß]/u);
  });

  test('a hostile page shows as harmless text: no dialog, no script, no request leaves the page', async ({
    page,
    baseURL,
  }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request: Request) => requests.push(request.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await library.open();
    await importer.pickFiles([importFixture('html/hostile-alibaba-page.html')]);
    await expect(importer.reportLine('hostile-alibaba-page.html')).toContainText('Importiert');
    await importer.closeReport();
    await library.articleOptions().filter({ hasText: 'Alibaba-Quartalszahlen' }).click();
    await expect(library.readerHeading()).toHaveText(
      'Alibaba-Quartalszahlen: Was Anleger jetzt wissen müssen',
    );
    await expect(
      library.readerArticle().locator('img, script, iframe, object, embed, svg, a[href^="javascript"]'),
    ).toHaveCount(0);
    // Give any deferred script, refresh or remote load a moment to show itself.
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const origin = new URL(baseURL ?? '').origin;
    expect(
      requests.filter(
        (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(page.url().startsWith(origin)).toBe(true);
  });

  test('a Yahoo CSV: the preview shows rows, first and last close; after confirming the chart uses it', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await importer.pickFiles([importFixture('csv/BABA.csv')]);
    await test.step('preview', async () => {
      await expect(importer.csvPreview()).toBeVisible();
      await expect(importer.previewFact('Zeilen')).toContainText('125 übernommen');
      await expect(importer.previewFact('Zeilen')).toContainText('2 leer');
      await expect(importer.previewFact('Erster Kurs')).toHaveText('2025-10-01: 178,40');
      await expect(importer.previewFact('Letzter Kurs')).toHaveText('2026-03-31: 161,12');
      await expect(importer.previewFact('Intervall')).toHaveText('täglich');
      await expect(importer.csvPreview().getByLabel('Börsenplatz (z. B. NYSE:BABA)')).toHaveValue(
        'NYSE:BABA',
      );
      await page.screenshot({ path: 'test-results/import-csv-preview.png' });
    });
    await test.step('confirm: the chart legend names the newest imported close', async () => {
      const levelCount = await library.levelEntries().count();
      await importer.csvPreview().getByRole('button', { name: 'Kursreihe übernehmen' }).click();
      await expect(importer.reportLine('BABA.csv')).toContainText('Kursreihe importiert');
      await importer.closeReport();
      await expect(library.chartRegion()).toContainText('161,12');
      await expect(library.chartRegion()).toContainText('BABA.csv');
      await expect(library.levelEntries()).toHaveCount(levelCount);
      await page.screenshot({ path: 'test-results/import-chart-after-csv.png' });
    });
    await test.step('the series is still there after a reload', async () => {
      await page.reload();
      await expect(library.chartRegion()).toContainText('161,12');
    });
  });

  test('a batch of good and bad files reports each file; the bad ones change nothing stored', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const importer = new ImportPage(page);
    await library.open();
    const bad = [
      'bad/empty.txt',
      'bad/binary-data.txt',
      'bad/encrypted.pdf',
      'bad/truncated.pdf',
      'pdf/image-only.pdf',
    ];
    await importer.pickFiles([
      importFixture('txt/utf8-bom.txt'),
      ...bad.map(importFixture),
      importFixture('csv/broken/wrong-field-count.csv'),
      importFixture('e2e/kursliste.xlsx'),
      importFixture('md/alibaba-analyse-frontmatter.md'),
    ]);
    // Three PDFs go through pdf.js first: on a busy machine that takes a few seconds.
    await expect(importer.report()).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/import-report.png' });
    await expect(importer.reportLine('utf8-bom.txt')).toContainText('Importiert');
    await expect(importer.reportLine('alibaba-analyse-frontmatter.md')).toContainText('Importiert');
    await expect(importer.reportLine('empty.txt')).toContainText('Die Datei ist leer.');
    await expect(importer.reportLine('binary-data.txt')).toContainText('Binärdaten');
    await expect(importer.reportLine('encrypted.pdf')).toContainText('passwortgeschützt');
    await expect(importer.reportLine('truncated.pdf')).toContainText('Abgelehnt');
    await expect(importer.reportLine('image-only.pdf')).toContainText('kein lesbarer Artikeltext');
    await expect(importer.reportLine('wrong-field-count.csv')).toContainText(
      /CSV-Zeile \d+ hat die falsche Anzahl Felder/u,
    );
    await expect(importer.reportLine('kursliste.xlsx')).toContainText(
      'Dateityp .xlsx wird nicht unterstützt',
    );
    await importer.closeReport();
    await page.reload();
    await expect(library.articleOptions()).toHaveCount(SEED_TITLES.length + 2);
  });
});
