import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, type AcceptedFinding } from './pages/axe-audit';
import { ImportPage, importFixture } from './pages/import-page';
import { LibraryPage } from './pages/library-page';
import { UI_NAMES, type UiLanguageCode } from './pages/main-screen-names';
import { selectInReader } from './pages/reader-annotations';

/**
 * The pane splitters (role="separator", named, keyboard-operable) sit between the landmarks they resize:
 * they belong to neither pane, and moving them into one would make a pane's landmark claim its
 * neighbour's resize handle. axe's best-practice "region" rule is therefore accepted for them only;
 * every other rule (names, contrast, ARIA) still runs on them.
 */
const SPLITTERS_BETWEEN_LANDMARKS: AcceptedFinding = {
  rule: 'region',
  target:
    /^(div\[aria-label="(Breite der Artikelliste|Article list width|Breite von Chart und Notizen|Chart and notes width)"\]|\.splitter--horizontal)$/u,
  reason: 'a splitter between two landmarks belongs to neither',
};
const ACCEPTED = { accept: [SPLITTERS_BETWEEN_LANDMARKS] };

// A sentence of the first seed article, used for the selection toolbar and the editor.
const PHRASE = 'Die Cloud-Sparte verzeichnete im jüngsten Quartal einen Umsatzanstieg von 34 Prozent';

/** Switches the theme with the header's theme switch and waits until the page uses it. */
async function useTheme(page: Page, language: UiLanguageCode, theme: 'light' | 'dark'): Promise<void> {
  await page.getByRole('radio', { name: UI_NAMES[language][theme] }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Opens the app in the system language `language` and waits for the list and the chart's legend. */
async function openApp(page: Page, language: UiLanguageCode): Promise<LibraryPage> {
  const library = new LibraryPage(page, language);
  await library.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(library.levelEntries().first()).toBeVisible();
  return library;
}

/** Hovers down the chart until a level line shows its popover, then clicks to pin it; null when none. */
async function pinLevelPopover(page: Page): Promise<boolean> {
  const area = page.locator('.kn-chart-area');
  const box = await area.boundingBox();
  if (!box) return false;
  const popover = page.locator('.kn-chart-stage [role="dialog"]');
  for (const xShare of [0.5, 0.7, 0.3]) {
    for (let yPx = box.y + 4; yPx < box.y + box.height - 4; yPx += 2) {
      await page.mouse.move(box.x + box.width * xShare, yPx);
      if ((await popover.count()) > 0) {
        await page.mouse.click(box.x + box.width * xShare, yPx);
        await expect(popover).toBeVisible();
        return true;
      }
    }
  }
  return false;
}

for (const language of ['de', 'en'] as const) {
  test.describe(`${language} UI`, () => {
    test.use({ locale: UI_NAMES[language].locale });

    test(`main screen has no axe violations in light and dark (${language})`, async ({ page }) => {
      await openApp(page, language);
      for (const theme of ['light', 'dark'] as const) {
        await test.step(`${theme} theme`, async () => {
          await useTheme(page, language, theme);
          await expectNoAxeViolations(page, `the main screen (${language}, ${theme})`, ACCEPTED);
        });
      }
    });
  });
}

for (const { language, theme } of [
  { language: 'de', theme: 'light' },
  { language: 'en', theme: 'dark' },
] as const) {
  test.describe(`dialogs and popovers (${language}, ${theme})`, () => {
    test.use({ locale: UI_NAMES[language].locale });
    const names = UI_NAMES[language];

    test(`every dialog and popover a click opens has no axe violations (${language}, ${theme})`, async ({
      page,
    }) => {
      await openApp(page, language);
      await useTheme(page, language, theme);

      await test.step('About dialog', async () => {
        await page.getByRole('button', { name: names.about }).click();
        const dialog = page.getByRole('dialog', { name: names.about });
        await expect(dialog).toBeVisible();
        await expectNoAxeViolations(page, `the About dialog (${language}, ${theme})`, {
          include: 'dialog[open]',
        });
        await dialog.getByRole('button', { name: names.close }).click();
        await expect(dialog).toBeHidden();
      });

      await test.step('chart level popover', async () => {
        const isPinned = await pinLevelPopover(page);
        expect(isPinned, 'a level line of the chart opens its popover when clicked').toBe(true);
        await expectNoAxeViolations(page, `the level popover (${language}, ${theme})`, {
          include: '.kn-chart-stage [role="dialog"]',
        });
        await page.keyboard.press('Escape');
        await expect(page.locator('.kn-chart-stage [role="dialog"]')).toHaveCount(0);
      });

      await test.step('selection toolbar', async () => {
        await selectInReader(page, PHRASE);
        const toolbar = page.getByRole('toolbar', { name: names.toolbar });
        await expect(toolbar).toBeVisible();
        await expectNoAxeViolations(page, `the selection toolbar (${language}, ${theme})`, ACCEPTED);
        await toolbar.getByRole('button', { name: names.firstTag }).click();
      });

      await test.step('annotation editor', async () => {
        await page.getByRole('button', { name: names.editFor(PHRASE) }).click();
        const editor = page.getByRole('form', { name: names.editor });
        await expect(editor).toBeVisible();
        await expectNoAxeViolations(page, `the annotation editor (${language}, ${theme})`, ACCEPTED);
        await editor.getByRole('button', { name: names.cancel }).click();
        await expect(editor).toHaveCount(0);
      });

      await test.step('library menu and its annotation export dialog', async () => {
        const opener = page.getByRole('button', { name: names.libraryMenu });
        await opener.click();
        const menu = page.getByRole('menu');
        await expect(menu).toBeVisible();
        await expectNoAxeViolations(page, `the library menu (${language}, ${theme})`, ACCEPTED);
        await menu.getByRole('menuitem').first().click();
        const dialog = page.getByRole('dialog', { name: names.annotationExport });
        await expect(dialog).toBeVisible();
        await expectNoAxeViolations(page, `the annotation export dialog (${language}, ${theme})`, {
          include: 'dialog[open]',
        });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      });

      await test.step('export dialog', async () => {
        await page.getByRole('button', { name: names.exportButton }).click();
        const dialog = page.getByRole('dialog', { name: names.exportDialog });
        await expect(dialog).toBeVisible();
        await expectNoAxeViolations(page, `the export dialog (${language}, ${theme})`, {
          include: 'dialog[open]',
        });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      });
    });
  });
}

test.describe('import dialogs (de)', () => {
  test('the CSV preview and the import report have no axe violations in light and dark', async ({ page }) => {
    await openApp(page, 'de');
    const importer = new ImportPage(page);
    for (const theme of ['light', 'dark'] as const) {
      await useTheme(page, 'de', theme);
      // The second pick of the same file is reported as a duplicate: still the report dialog.
      await importer.pickFiles([importFixture('txt/windows-1252.txt')]);
      await test.step(`import report (${theme})`, async () => {
        await expect(importer.report()).toBeVisible();
        await expectNoAxeViolations(page, `the import report (de, ${theme})`, { include: 'dialog[open]' });
        await importer.closeReport();
      });
      await importer.pickFiles([importFixture('csv/BABA.csv')]);
      await test.step(`CSV preview (${theme})`, async () => {
        await expect(importer.csvPreview()).toBeVisible();
        await expectNoAxeViolations(page, `the CSV preview (de, ${theme})`, { include: 'dialog[open]' });
        await page.keyboard.press('Escape');
        await expect(importer.csvPreview()).toBeHidden();
        // Cancelling the preview is reported too (the file was read but not taken over).
        await expect(importer.report()).toBeVisible();
        await importer.closeReport();
      });
    }
  });
});
