import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { FiguresPage } from './pages/figures-page';
import { ImportPage, importFixture } from './pages/import-page';
import { LibraryPage, SEED_TITLES } from './pages/library-page';
import { highlightWithToolbar } from './pages/reader-annotations';

// Issue 12, points 1, 3 and 4, in German and English, light and dark: the time axis to scale and the
// empty state that leads to a price history; the two-way link between a figure in the text and its chart
// line; and a layout that works at 1440×900 and 1024×640.

const ANALYST_NOTE = fileURLToPath(new URL('../fixtures/figures-reader/analyst-note.txt', import.meta.url));
const shot = (name: string) => ({ path: test.info().outputPath(`${name}.png`) });

// From the oldest seed article (ca. 25 Feb 2025) to the newest (4 Jan 2026); equal spacing would show ~5.
const SEED_SPAN_DAYS = 313;
// BABA.csv runs to 31 Mar 2026: the axis then reaches from 25 Feb 2025 to that day.
const WITH_HISTORY_SPAN_DAYS = 399;

const TEXTS = {
  de: {
    emptyTitle: 'Noch keine Kurshistorie:',
    importHistory: 'Kursreihe importieren…',
    preview: /^Kursreihe prüfen/u,
    confirm: 'Kursreihe übernehmen',
    report: 'Importbericht',
    close: 'Schließen',
    tooltip: /^Quelle der Kursmarke Kursziel Ø 205/u,
    legendTarget: '205,00 $',
    announce: 'Im Chart gezeigt: Kursziel Ø 205 $ · +31,6 %',
    suggestion: /^Erkannte Zahl: /u,
    pin: 'Als Kursmarke übernehmen',
    newTarget: '230,00 $',
    edit: 'Markierung bearbeiten: Die Anleger scheinen ihre Skepsis',
    editor: 'Markierung bearbeiten',
    save: 'Speichern',
    pinToLevel: 'An Kursmarke',
    price: 'Kurswert',
    notes: 'Markierungen',
    chartHeight: 'Höhe des Charts',
    notePin: 'Im Chart: Kursziel 210,00 $',
  },
  en: {
    emptyTitle: 'No price history yet:',
    importHistory: 'Import price history…',
    preview: /^Check price history/u,
    confirm: 'Use this price history',
    report: 'Import report',
    close: 'Close',
    tooltip: /^Source of the price level .*205/u,
    legendTarget: '$205.00',
    announce: /^Shown on the chart: .*205/u,
    suggestion: /^Recognised figure: /u,
    pin: 'Pin to chart',
    newTarget: '$230.00',
    edit: 'Edit highlight: Die Anleger scheinen ihre Skepsis',
    editor: 'Edit highlight',
    save: 'Save',
    pinToLevel: 'To a price level',
    price: 'Price',
    notes: 'Highlights',
    chartHeight: 'Chart height',
    notePin: 'On the chart: Target $210.00',
  },
} as const;

const CASES = [
  { language: 'de', colorScheme: 'light' },
  { language: 'de', colorScheme: 'dark' },
  { language: 'en', colorScheme: 'light' },
  { language: 'en', colorScheme: 'dark' },
] as const;

/** The number of days the chart's time axis spans. */
async function daysShown(page: Page): Promise<number> {
  return Number(await page.locator('.kn-chart-area').getAttribute('data-days-shown'));
}

/** Whether the whole element lies inside the window (nothing cut off at any edge). */
async function isWhollyOnScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return (
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

for (const { language, colorScheme } of CASES) {
  const text = TEXTS[language];
  const name = `${language}-${colorScheme}`;

  test.describe(`chart and reader (${language}, ${colorScheme})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme });
    });

    test('the time axis is to scale; without a price history the chart says how to add one', async ({
      page,
    }) => {
      const library = new LibraryPage(page);
      await library.open();
      await library.switchLanguage(language);
      const chart = library.chartRegion();
      const empty = chart.getByRole('region', { name: text.emptyTitle });

      await test.step('the seeds’ dates are spaced by the days between them', async () => {
        await expect.poll(() => daysShown(page)).toBeGreaterThanOrEqual(SEED_SPAN_DAYS);
      });
      await test.step('the empty state names the formats and offers the import', async () => {
        await expect(empty).toContainText('CSV');
        await expect(empty).toContainText('stooq');
        await expect(empty).toContainText('investing.com');
        await page.screenshot(shot(`chart-empty-${name}`));
      });
      await test.step('its button imports a price history; then the note goes away', async () => {
        const chooserPromise = page.waitForEvent('filechooser');
        await empty.getByRole('button', { name: text.importHistory }).click();
        await (await chooserPromise).setFiles(importFixture('csv/BABA.csv'));
        const preview = page.getByRole('dialog', { name: text.preview });
        await preview.getByRole('button', { name: text.confirm }).click();
        const report = page.getByRole('dialog', { name: text.report });
        await report.getByRole('button', { name: text.close }).click();
        await expect(empty).toHaveCount(0);
        await expect(chart).toContainText('BABA.csv');
        await expect.poll(() => daysShown(page)).toBeGreaterThanOrEqual(WITH_HISTORY_SPAN_DAYS);
        await page.screenshot(shot(`chart-with-history-${name}`));
      });
    });

    test('a figure on the chart, clicked in the text, is shown on the chart and not offered again', async ({
      page,
    }) => {
      const library = new LibraryPage(page);
      const figures = new FiguresPage(page);
      await library.open();
      await new ImportPage(page).pickFiles([ANALYST_NOTE]);
      await new ImportPage(page).closeReport();
      await library.switchLanguage(language);
      const chart = library.chartRegion();
      await library.articleOptions().filter({ hasText: SEED_TITLES[0]! }).click();

      await test.step('text → chart: the target’s line opens its popover and its legend row is marked', async () => {
        await figures.mark('rund 205 US-Dollar').click();
        await expect(chart.getByRole('dialog', { name: text.tooltip })).toBeVisible();
        await expect(chart.locator('[aria-current="true"]')).toContainText(text.legendTarget);
        await expect(chart.getByRole('status')).toHaveText(text.announce);
        await expect(page.getByRole('dialog', { name: text.suggestion })).toHaveCount(0);
        await page.screenshot(shot(`text-to-chart-${name}`));
      });
      await test.step('chart → text: the popover’s jump lands on the sentence', async () => {
        await chart.getByRole('dialog', { name: text.tooltip }).getByRole('button').first().click();
        await expect(figures.mark('rund 205 US-Dollar')).toBeInViewport();
      });
      await test.step('a new figure is offered once; after pinning it is shown, not offered again', async () => {
        await library.articleOptions().filter({ hasText: 'Beispielbank hebt das Kursziel' }).click();
        await figures.mark('230 US-Dollar').click();
        const suggestion = page.getByRole('dialog', { name: text.suggestion });
        await suggestion.getByRole('button', { name: text.pin }).click();
        await expect(library.levelEntries().filter({ hasText: text.newTarget })).toHaveCount(1);
        await figures.mark('230 US-Dollar').click();
        await expect(page.getByRole('dialog', { name: text.suggestion })).toHaveCount(0);
        await expect(chart.locator('[aria-current="true"]')).toContainText(text.newTarget);
        await expect(library.levelEntries().filter({ hasText: text.newTarget })).toHaveCount(1);
        await page.screenshot(shot(`pinned-figure-shown-${name}`));
      });
    });

    for (const size of [
      { width: 1440, height: 900, notesInView: 2 },
      { width: 1024, height: 640, notesInView: 1 },
    ]) {
      test(`the layout works at ${size.width}×${size.height}`, async ({ page }) => {
        await page.setViewportSize(size);
        const library = new LibraryPage(page);
        await library.open();
        // The toolbar helper speaks German; the rest runs in the case's language.
        await highlightWithToolbar(page, 'Die Anleger scheinen ihre Skepsis', 'bullisch');
        await highlightWithToolbar(page, '„AI-first“-Strategie', 'Risiko');
        await highlightWithToolbar(page, 'Open-Source-Modelle', 'Katalysator');
        await library.switchLanguage(language);
        const entries = page.getByRole('list', { name: text.notes }).locator(':scope > li');

        await test.step('nothing is cut off: no sideways scrolling, header on one line, chart whole', async () => {
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            size.width,
          );
          const header = await page.locator('.app-header__controls').boundingBox();
          expect(header?.height ?? Infinity).toBeLessThanOrEqual(40);
          expect(await isWhollyOnScreen(page, page.locator('.kn-chart-area'))).toBe(true);
          const reader = await library.readerArticle().boundingBox();
          expect(reader && reader.x >= 0 && reader.x + reader.width <= size.width).toBe(true);
          expect(reader?.width ?? 0).toBeGreaterThanOrEqual(320);
        });
        await test.step(`at least ${size.notesInView} notes are in view`, async () => {
          await expect(entries).toHaveCount(3);
          let inView = 0;
          for (const entry of await entries.all()) if (await isWhollyOnScreen(page, entry)) inView += 1;
          expect(inView).toBeGreaterThanOrEqual(size.notesInView);
          await page.screenshot(shot(`layout-${size.width}-${name}`));
        });
        await test.step('the editor’s pin fields and Save are reachable, Save stays in view', async () => {
          await page.getByRole('button', { name: text.edit }).click();
          const editor = page.getByRole('form', { name: text.editor });
          const save = editor.getByRole('button', { name: text.save });
          expect(await isWhollyOnScreen(page, save)).toBe(true);
          await editor.getByRole('radio', { name: text.pinToLevel }).check();
          const price = editor.getByRole('textbox', { name: text.price });
          await price.scrollIntoViewIfNeeded();
          expect(await isWhollyOnScreen(page, price)).toBe(true);
          expect(await isWhollyOnScreen(page, save)).toBe(true);
          expect(await isWhollyOnScreen(page, page.locator('.kn-chart-area'))).toBe(true);
          await page.screenshot(shot(`editor-${size.width}-${name}`));
          await price.fill('210');
          await save.click();
          await expect(editor).toHaveCount(0);
          await expect(library.levelEntries().filter({ hasText: '210' })).toHaveCount(1);
          // The note's pin leads to its line on the chart.
          await entries.first().getByRole('button', { name: text.notePin }).click();
          await expect(library.chartRegion().locator('[aria-current="true"]')).toContainText('210');
        });
        await test.step('the chart/notes splitter is visible and resizes from the keyboard', async () => {
          const splitter = page.getByRole('separator', { name: text.chartHeight });
          await expect(splitter).toBeVisible();
          const before = Number(await splitter.getAttribute('aria-valuenow'));
          await splitter.focus();
          await page.keyboard.press('ArrowUp');
          await expect(splitter).toHaveAttribute('aria-valuenow', String(before - 2));
        });
      });
    }
  });
}
