// A long export (50 articles, 500 annotations) leaves the UI answering clicks, and Cancel stops it with no file.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExportDialogPage } from './pages/export-dialog-page';
import { LibraryPage } from './pages/library-page';

test.use({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });

const ARTICLE_COUNT = 50;
const ANNOTATIONS_PER_ARTICLE = 10;
/** Stores copies of the seeds up to ARTICLE_COUNT articles and ten annotated passages on each, then reloads. */
async function fillLibrary(page: Page): Promise<void> {
  await page.evaluate(
    async ({ articleCount, perArticle }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kursnotiz');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`IndexedDB: ${String(request.error)}`));
      });
      const read = db.transaction('articles').objectStore('articles').getAll();
      const seeds = await new Promise<Record<string, unknown>[]>((resolve) => {
        read.onsuccess = () => resolve(read.result as Record<string, unknown>[]);
      });
      const tx = db.transaction(['articles', 'annotations'], 'readwrite');
      const tags = ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'];
      for (let index = 0; index < articleCount; index += 1) {
        const seed = seeds[index % seeds.length] as { id: string; title: string; contentHash: string };
        const isCopy = index >= seeds.length;
        const article = isCopy
          ? {
              ...seed,
              id: `${seed.id}#${index}`,
              title: `${seed.title} (${index})`,
              contentHash: `copy-${index}`,
            }
          : seed;
        if (isCopy) tx.objectStore('articles').put(article);
        const blocks = (article as unknown as { blocks: { text: string }[] }).blocks;
        const text = Array.from(blocks.map((block) => block.text).join('\n\n'));
        const step = Math.floor((text.length - 100) / perArticle);
        for (let n = 0; n < perArticle; n += 1) {
          const start = n * step;
          tx.objectStore('annotations').put({
            id: `bulk-${index}-${n}`,
            articleId: article.id,
            quote: {
              type: 'TextQuoteSelector',
              exact: text.slice(start, start + 80).join(''),
              prefix: text.slice(Math.max(0, start - 32), start).join(''),
              suffix: text.slice(start + 80, start + 112).join(''),
            },
            position: { type: 'TextPositionSelector', start, end: start + 80 },
            tags: [tags[(index + n) % tags.length]],
            note: n % 2 === 0 ? `**Notiz ${n}:** Größe prüfen – *Marge* bei 3 €` : '',
            pin: null,
            createdAtMs: 1,
            modifiedAtMs: 1,
          });
        }
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { articleCount: ARTICLE_COUNT, perArticle: ANNOTATIONS_PER_ARTICLE },
  );
  await page.reload();
}

test.beforeEach(async ({ page }) => {
  test.setTimeout(180_000);
  const library = new LibraryPage(page);
  await library.open();
  await fillLibrary(page);
  await expect(library.articleOptions()).toHaveCount(ARTICLE_COUNT);
});

test('the UI answers clicks while 50 articles with 500 annotations are written to a PDF', async ({
  page,
}) => {
  const exportDialog = new ExportDialogPage(page);
  await exportDialog.openByButton();
  await exportDialog.choose('Umfang', 'Alle Artikel');
  await exportDialog.choose('Inhalt', 'Volltext mit Markierungen');
  const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
  await exportDialog.exportButton().click();
  const writing = page.getByRole('status').filter({ hasText: 'PDF wird geschrieben' });
  await expect(writing).toBeVisible();
  // The tag list stays usable during a run (it only affects the next export): a click on it is answered
  // while pdfmake writes in its worker. Both facts are read in one page turn, so no timing is assumed.
  await exportDialog.dialog().getByRole('checkbox', { name: 'Risiko' }).click();
  const seenInOneTurn = await page.evaluate(() => {
    const checkbox = [...document.querySelectorAll<HTMLInputElement>('dialog input[type=checkbox]')].find(
      (input) => input.closest('label')?.textContent?.trim() === 'Risiko',
    );
    const status = document.querySelector('dialog [role=status]');
    return {
      isChecked: checkbox?.checked ?? null,
      isWriting: status?.textContent?.includes('PDF wird geschrieben') ?? false,
    };
  });
  expect(seenInOneTurn).toEqual({ isChecked: true, isWriting: true });
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/u);
  await expect(writing).toBeHidden();
  // (How long main-thread tasks take during this export is a figure of `npm run bench`, not an assertion here.)
});

test('Cancel while the PDF is being written stops the export at once and downloads nothing', async ({
  page,
}) => {
  const exportDialog = new ExportDialogPage(page);
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await exportDialog.openByButton();
  await exportDialog.choose('Umfang', 'Alle Artikel');
  await exportDialog.choose('Inhalt', 'Volltext mit Markierungen');
  await exportDialog.exportButton().click();
  const progress = page.getByRole('status').filter({ hasText: 'PDF wird geschrieben' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByText('Export abgebrochen.')).toBeVisible();
  await expect(progress).toBeHidden();
  // The writer is gone: however long the full export would have taken, no file arrives afterwards.
  await page.waitForTimeout(5_000);
  expect(downloads).toEqual([]);
  // A new export after the cancelled one still works (a fresh worker).
  await exportDialog.choose('Inhalt', 'nur Auszüge');
  const downloadPromise = page.waitForEvent('download', { timeout: 120_000 });
  await exportDialog.exportButton().click();
  expect((await downloadPromise).suggestedFilename()).toMatch(/\.pdf$/u);
});
