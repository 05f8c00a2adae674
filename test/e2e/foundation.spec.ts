import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions, WEB_HOST_URL } from './browser-options';
import { expect, test, watchConsole, type ConsoleProblems } from './fixtures';
import { LibraryPage, SEED_TITLES } from './pages/library-page';

test.describe('a new user opening Kursnotiz', () => {
  test('sees the five seed articles, newest first, and reads the selected one', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.articleOptions()).toHaveText(SEED_TITLES.map((title) => new RegExp(`^${title}`)));
    await expect(library.readerHeading()).toHaveText('Alibaba Aktie: KI-Strategie zündet');
    await expect(library.readerArticle()).toContainText('schloss bei 155,74 US-Dollar');
    await expect(library.articleOptions().first()).toContainText('4. Jan. 2026');
  });

  test('sees the close, targets and levels on the chart, each labelled with its implied move', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    await library.open();
    await test.step('the legend lists every level the seeds state, with value, move and source', async () => {
      const entries = library.levelEntries();
      await expect(entries.filter({ hasText: 'Kursziel Ø 205,00 $' })).toContainText('+31,6 %');
      await expect(entries.filter({ hasText: 'Kursziel Ø 205,00 $' })).toContainText(
        'Alibaba Aktie: KI-Strategie zündet',
      );
      await expect(entries.filter({ hasText: 'Kursziel Ø 194,00 $' })).toContainText('+24,6 %');
      await expect(entries.filter({ hasText: 'Fairer Wert 198,00 $' })).toContainText('+27,1 %');
      await expect(entries.filter({ hasText: '52-Wochen-Hoch 192,00 $' })).toContainText('+23,3 %');
      await expect(entries.filter({ hasText: 'Marke 150,00 $' })).toContainText('-3,7 %');
      await expect(entries.filter({ hasText: 'Schlusskurs 155,74 $' })).toContainText('2. Jan. 2026');
      await expect(library.chartRegion()).toContainText('194,00 $ – 205,00 $');
    });
    await test.step('the euro quote stands apart as another listing, not on the dollar scale', async () => {
      await expect(library.otherListingEntries()).toHaveCount(1);
      await expect(library.otherListingEntries().first()).toContainText('132,20 €');
      await expect(library.levelEntries().filter({ hasText: '132,20' })).toHaveCount(0);
    });
    await test.step('the chart itself is drawn', async () => {
      await expect(library.chartRegion().locator('canvas').first()).toBeVisible();
    });
  });

  test('jumps from a chart level to the sentence it comes from', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.articleOptions().filter({ hasText: 'Architekt der KI-Zukunft' }).click();
    await expect(library.readerHeading()).toHaveText('Architekt der KI-Zukunft steigt auf');
    await page.getByRole('button', { name: 'Zur Textstelle: Kursziel Ø 194,00 $' }).click();
    await expect(library.readerHeading()).toHaveText('Alibaba investiert in KI und Cloud-Infrastruktur');
    // The passage is scrolled into view and receives focus, so screen readers land on it too.
    const focused = page.locator(':focus');
    await expect(focused).toHaveText(/194 US-Dollar/);
    await expect(focused).toBeInViewport();
  });

  test('moves between articles with the keyboard', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.articleOptions().first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[1]!);
    await page.keyboard.press('j');
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[2]!);
    await page.keyboard.press('k');
    await page.keyboard.press('ArrowUp');
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[0]!);
    await page.keyboard.press('End');
    await expect(library.readerHeading()).toHaveText(SEED_TITLES[4]!);
    await expect(library.articleOptions().last()).toHaveAttribute('aria-selected', 'true');
  });

  test('switches to English with numbers and dates written the English way', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await library.switchLanguage('en');
    await expect(library.articleList()).toBeVisible();
    await expect(library.articleOptions().first()).toContainText('Jan 4, 2026');
    await expect(library.levelEntries().filter({ hasText: '$205.00' })).toContainText('+31.6%');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('follows the dark theme of the system and can be switched', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const library = new LibraryPage(page);
    await library.open();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBackground = await background();
    await page.getByRole('radio', { name: 'Hell' }).click();
    await expect.poll(background).not.toBe(darkBackground);
  });
});

test('the library survives a browser restart with the same profile and is not duplicated', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kursnotiz-e2e-'));
  const problems: ConsoleProblems = { messages: [] };
  try {
    for (const run of ['first start', 'restart']) {
      await test.step(run, async () => {
        const context = await chromium.launchPersistentContext(profile, {
          ...chromiumLaunchOptions,
          baseURL: WEB_HOST_URL,
          viewport: { width: 1440, height: 900 },
          locale: 'de-DE',
        });
        const page = await context.newPage();
        watchConsole(page, problems);
        const library = new LibraryPage(page, run === 'first start' ? 'de' : 'en');
        await library.open();
        await expect(library.articleOptions()).toHaveCount(5);
        if (run === 'first start') await library.switchLanguage('en');
        // The language chosen before the restart is still chosen after it.
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(library.levelEntries()).toHaveCount(6);
        await context.close();
      });
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems.messages).toEqual([]);
});
