import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';
import { LibraryPage, SEED_TITLES } from './pages/library-page';
import { highlightWithToolbar } from './pages/reader-annotations';

// Issue 12's rough edges as a new user meets them, in German and English, light and dark: typographic quotes
// in the seeds, the chart marking the article being read, an empty notes pane that says why it is empty,
// and date fields written the UI language's way.

const ANALYST_NOTE = fileURLToPath(new URL('../fixtures/figures-reader/analyst-note.txt', import.meta.url));
const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });

const LANGUAGES = [
  {
    language: 'de',
    thisArticle: 'Dieser Artikel · 4. Jan. 2026',
    otherArticle: 'Dieser Artikel · ca. 30. Dez. 2025',
    noneInArticle: 'In diesem Artikel gibt es noch keine Markierungen.',
    datePattern: 'TT.MM.JJJJ',
    typed: '6.12.2026',
    shown: '06.12.2026',
    exportButton: 'PDF exportieren…',
    exportDialog: 'Notizen exportieren',
    scope: 'Umfang',
    allArticles: 'Alle Artikel',
    documentLanguage: 'Sprache im Dokument',
    otherLanguage: 'English',
    startExport: 'Exportieren',
    otherChartHeading: 'Price chart with targets',
  },
  {
    language: 'en',
    thisArticle: 'This article · Jan 4, 2026',
    otherArticle: 'This article · approx. Dec 30, 2025',
    noneInArticle: 'This article has no highlights yet.',
    datePattern: 'YYYY-MM-DD',
    typed: '12/6/2026',
    shown: '2026-12-06',
    exportButton: 'Export PDF…',
    exportDialog: 'Export notes',
    scope: 'Scope',
    allArticles: 'All articles',
    documentLanguage: 'Language of the document',
    otherLanguage: 'Deutsch',
    startExport: 'Export',
    otherChartHeading: 'Kursverlauf mit Kurszielen',
  },
] as const;
const CASES = LANGUAGES.flatMap((texts) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ ...texts, colorScheme })),
);

for (const c of CASES) {
  test(`seed quotes, chart marker, empty notes and date fields (${c.language}, ${c.colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: c.colorScheme });
    const library = new LibraryPage(page);
    await library.open();
    const chart = page.locator('.kn-chart-area');

    await test.step('the seed text sets typographic quotes', async () => {
      await expect(library.readerArticle()).toContainText('bezüglich des „China-Abschlags“ zunehmend');
      await expect(library.readerArticle()).toContainText('„AI-first“-Strategie');
      await expect(library.readerArticle()).not.toContainText('"');
    });

    // The highlight is made in German (the toolbar helper's labels); the rest runs in the case's language.
    await highlightWithToolbar(page, 'Die Anleger scheinen ihre Skepsis', 'bullisch');
    if (c.language === 'en') await library.switchLanguage('en');

    await test.step('the chart marks the article being read and follows the selection', async () => {
      await expect(chart).toHaveAttribute('aria-description', c.thisArticle);
      await library.articleOptions().filter({ hasText: SEED_TITLES[1]! }).click();
      await expect(chart).toHaveAttribute('aria-description', c.otherArticle);
    });

    await test.step('an article without highlights says so, not that a filter hides them', async () => {
      await expect(page.locator('.ann-notes')).toContainText(c.noneInArticle);
      await page.screenshot(shot(`rough-edges-${c.language}-${c.colorScheme}`));
    });

    await test.step('a figure’s date field is written the UI language’s way', async () => {
      if (c.language === 'en') await library.switchLanguage('de');
      const importer = new ImportPage(page);
      await importer.pickFiles([ANALYST_NOTE]);
      await importer.closeReport();
      if (c.language === 'en') await library.switchLanguage('en');
      await library.articleOptions().filter({ hasText: 'Beispielbank hebt das Kursziel' }).click();
      await new FiguresPage(page).mark('230 US-Dollar').click();
      const date = page.locator('.figure-popover input[placeholder]').last();
      await expect(date).toHaveAttribute('placeholder', c.datePattern);
      await date.fill(c.typed);
      await date.blur();
      await expect(date).toHaveValue(c.shown);
      await expect(date).not.toHaveAttribute('aria-invalid', 'true');
      await page.screenshot(shot(`date-field-${c.language}-${c.colorScheme}`));
    });
  });
}

for (const c of CASES) {
  test(`the last article read opens again; a dossier in the other language labels its chart so (${c.language}, ${c.colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: c.colorScheme });
    const library = new LibraryPage(page);
    await library.open();
    await highlightWithToolbar(page, 'Die Anleger scheinen ihre Skepsis', 'bullisch');
    if (c.language === 'en') await library.switchLanguage('en');

    await test.step('after a restart the article last read is open, not the newest', async () => {
      await library.articleOptions().filter({ hasText: SEED_TITLES[2]! }).click();
      await expect(library.readerHeading()).toHaveText(SEED_TITLES[2]!);
      await page.reload();
      await expect(library.readerHeading()).toHaveText(SEED_TITLES[2]!);
    });

    await test.step('the dossier’s chart picture is labelled in the dossier’s language', async () => {
      await page.getByRole('button', { name: c.exportButton }).click();
      const dialog = page.getByRole('dialog', { name: c.exportDialog });
      await dialog.getByRole('group', { name: c.scope }).getByRole('radio', { name: c.allArticles }).check();
      await dialog
        .getByRole('group', { name: c.documentLanguage })
        .getByRole('radio', { name: c.otherLanguage })
        .check();
      const downloadPromise = page.waitForEvent('download');
      await dialog.getByRole('button', { name: c.startExport, exact: true }).click();
      const pdfPath = test.info().outputPath('dossier.pdf');
      await (await downloadPromise).saveAs(pdfPath);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '2', pdfPath, '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain(c.otherChartHeading);
      // The cover page as a picture, to look at the chart's own labels (they are pixels, not PDF text).
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        pdfPath,
        test.info().outputPath('dossier-cover'),
      ]);
    });
  });
}
