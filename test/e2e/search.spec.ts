import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { LibrarySearch } from './pages/library-search';
import { expectNoAxeViolations } from './pages/axe-audit';
import { highlightWithToolbar, writeNote } from './pages/reader-annotations';

/** Seed 4's sentence with "Wachstumsmärkte"; the query spells the umlaut "ae" and types it in lower case. */
const MARKETS_TITLE = 'Alibaba investiert Milliarden in Cloud- und KI-Offensive';
const MARKETS_QUERY = 'wachstumsmaerkte';
/** The newest seed, shown first: the note is written on it. */
const ARTICLE_ONE = 'Alibaba Aktie: KI-Strategie zündet';
const QUOTE = 'Die Anleger scheinen ihre Skepsis';
const NOTE = 'Der Bewertungsabschlag gegenüber US-Hyperscalern bleibt die Frage.';

/** What differs between the languages in this spec. */
const WORDS = {
  de: { text: 'Artikeltext', note: 'Notiz', results: '1 Treffer', none: 'Keine Treffer' },
  en: { text: 'Article text', note: 'Note', results: '1 result', none: 'No results' },
} as const;

/** Screenshot of the window in both colour schemes (the app follows the system's by default); with `audit`, axe checks the open search too. */
async function shootBothThemes(page: Page, name: string, audit = false): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await page.screenshot({ path: test.info().outputPath(`${name}-${colorScheme}.png`) });
    if (audit) await expectNoAxeViolations(page, `${name}, ${colorScheme}`, { include: '[role="search"]' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

for (const language of ['de', 'en'] as const) {
  test(`full-text search finds article text and notes with German matching and opens the passage (${language})`, async ({
    page,
  }) => {
    const words = WORDS[language];
    const library = new LibraryPage(page);
    await library.open();
    // The highlight helpers speak German: the note is written before the language is switched.
    await highlightWithToolbar(page, QUOTE, 'Frage');
    await writeNote(page, QUOTE, NOTE);
    if (language === 'en') await library.switchLanguage('en');
    const search = new LibrarySearch(page, language);

    await test.step('an umlaut-free spelling of an inflected word finds the passage in the article text', async () => {
      await search.search(MARKETS_QUERY);
      await expect(search.field()).toHaveAttribute('aria-expanded', 'true');
      const hit = search.result(words.text, MARKETS_TITLE);
      await expect(search.results().getByRole('option')).toHaveCount(1);
      await expect(hit.locator('mark')).toHaveText(['Wachstumsmärkte']);
      await expect(page.getByRole('status').filter({ hasText: words.results })).toBeVisible();
      await expect(hit).toHaveAttribute('aria-selected', 'true');
      await shootBothThemes(page, `search-text-${language}`, true);
    });

    await test.step('Enter opens that article with the matched words flashed', async () => {
      // Once per colour scheme: the flash fades, so each screenshot is taken right after its own jump.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await search.field().focus();
        await expect(search.result(words.text, MARKETS_TITLE)).toBeVisible();
        await search.field().press('Enter');
        await expect(search.results()).toBeHidden();
        await expect(library.readerHeading()).toHaveText(MARKETS_TITLE);
        const flash = page.getByRole('main').locator('mark.passage-flash');
        await expect(flash).toHaveText(['Wachstumsmärkte']);
        await expect(flash).toBeInViewport();
        await page.screenshot({
          path: test.info().outputPath(`search-opened-${language}-${colorScheme}.png`),
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test.step('a word of the note, inflected, finds the note; choosing it flashes its highlight', async () => {
      await search.search('Bewertungsabschläge');
      const hit = search.result(words.note, ARTICLE_ONE);
      await expect(hit.locator('mark')).toHaveText(['Bewertungsabschlag']);
      await shootBothThemes(page, `search-note-${language}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Another article first, so the jump has to switch articles.
        await library.articleOptions().filter({ hasText: MARKETS_TITLE }).click();
        await search.field().focus();
        await hit.click();
        await expect(library.readerHeading()).toHaveText(ARTICLE_ONE);
        await expect(page.getByRole('main').locator('mark.passage-flash')).toHaveText([QUOTE]);
        await expect(page.getByRole('button', { name: `„${QUOTE}“` })).toBeFocused();
        await page.screenshot({
          path: test.info().outputPath(`search-note-opened-${language}-${colorScheme}.png`),
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await test.step('at 1024×640 the field fits above the list and its results stay in the window', async () => {
      await page.setViewportSize({ width: 1024, height: 640 });
      await search.search('Cloud');
      await expect(search.result(words.text).first()).toBeVisible();
      // The field keeps a usable width in the narrow list, and the results stay inside the window.
      const field = await search.field().boundingBox();
      expect(field?.width).toBeGreaterThanOrEqual(200);
      const results = await search.results().boundingBox();
      expect((results?.x ?? 0) + (results?.width ?? Infinity)).toBeLessThanOrEqual(1024);
      await shootBothThemes(page, `search-narrow-${language}`);
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    await test.step('Esc closes the list, a second Esc empties the field; no match says so', async () => {
      await search.search('Quantencomputer');
      await expect(page.getByRole('status').filter({ hasText: words.none })).toBeVisible();
      await search.field().press('Escape');
      await expect(search.results()).toBeHidden();
      await expect(search.field()).toHaveAttribute('aria-expanded', 'false');
      await search.field().press('Escape');
      await expect(search.field()).toHaveValue('');
    });
  });
}
