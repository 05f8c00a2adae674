import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LibraryPage, SEED_TITLES } from './pages/library-page';
import { highlightWithToolbar } from './pages/reader-annotations';

/** What the walk keeps on the page: the elements focused so far and how to describe one. */
interface TabWalk {
  visited: Set<Element>;
  describe: (el: Element | null) => string;
}

/** The page's window with the walk's state. */
type WalkWindow = Window & { tabWalk: TabWalk };

/** Presses Tab until the focus comes back around; returns the controls reached, and those without a ring. */
async function walkTabOrder(
  page: Page,
): Promise<{ reached: string[]; withoutRing: string[]; missed: string[] }> {
  await page.evaluate(() => {
    (window as unknown as WalkWindow).tabWalk = {
      visited: new Set(),
      describe: (el) => {
        if (!el || el === document.body) return 'body';
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        const role = el.getAttribute('role');
        const firstClass = el.classList[0];
        return `${el.tagName.toLowerCase()}${role ? `[${role}]` : ''}${firstClass ? `.${firstClass}` : ''} "${name}"`;
      },
    };
  });
  const reached: string[] = [];
  const withoutRing: string[] = [];
  for (let press = 0; press < 120; press += 1) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const walk = (window as unknown as WalkWindow).tabWalk;
      const el = document.activeElement;
      const isRepeat = el !== null && walk.visited.has(el);
      if (el) walk.visited.add(el);
      // A ring on the control itself, on the face drawn for a visually hidden radio, or (splitters)
      // a focus band the control paints in its ::before grip.
      const hasRing =
        [el, el?.nextElementSibling].some((candidate) => {
          if (!candidate) return false;
          const style = getComputedStyle(candidate);
          return (
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            style.boxShadow !== 'none'
          );
        }) ||
        (el !== null &&
          getComputedStyle(el, '::before').backgroundColor.replace(/\s/gu, '') !== 'rgba(0,0,0,0)');
      return { description: walk.describe(el), isRepeat, hasRing };
    });
    if (step.isRepeat) break;
    reached.push(step.description);
    if (!step.hasRing && step.description !== 'body') withoutRing.push(step.description);
  }
  const missed = await page.evaluate(() => {
    const walk = (window as unknown as WalkWindow).tabWalk;
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])',
    );
    return (
      Array.from(candidates)
        .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility() && !el.closest('[inert]'))
        .filter((el) => el.tabIndex >= 0)
        // A radio group is one Tab stop: its checked radio.
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
        .filter((el) => !walk.visited.has(el))
        .map((el) => walk.describe(el))
    );
  });
  return { reached, withoutRing, missed };
}

// A sentence of the first seed article.
const PHRASE = 'Die Cloud-Sparte verzeichnete im jüngsten Quartal einen Umsatzanstieg von 34 Prozent';

// The list's first three articles, newest first.
const [FIRST, SECOND, THIRD] = SEED_TITLES as [string, string, string, ...string[]];

test.describe('keyboard use (de)', () => {
  test('Tab reaches every control of the main screen and each shows a focus ring', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.levelEntries().first()).toBeVisible();
    for (const theme of ['Hell', 'Dunkel'] as const) {
      await test.step(`${theme}`, async () => {
        await page.getByRole('radio', { name: theme }).check();
        await page.locator('body').click({ position: { x: 2, y: 2 } });
        const { reached, withoutRing, missed } = await walkTabOrder(page);
        test.info().annotations.push({ type: `tab order (${theme})`, description: reached.join(' → ') });
        expect(missed, `controls Tab never reaches:\n${missed.join('\n')}`).toEqual([]);
        expect(withoutRing, `focused controls without a visible ring:\n${withoutRing.join('\n')}`).toEqual(
          [],
        );
      });
    }
  });

  test('Esc closes a dialog and gives the focus back to the button that opened it', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    for (const [opener, dialogName] of [
      ['Über Kursnotiz', 'Über Kursnotiz'],
      ['PDF exportieren…', 'Notizen exportieren'],
    ] as const) {
      await test.step(dialogName, async () => {
        const button = page.getByRole('button', { name: opener });
        await button.focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: dialogName });
        await expect(dialog).toBeVisible();
        await page.screenshot({ path: test.info().outputPath(`dialog-${dialogName}.png`) });
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
        await expect(button).toBeFocused();
      });
    }
  });

  test('Esc closes the library menu and the annotation editor and gives the focus back', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await test.step('library menu', async () => {
      const opener = page.getByRole('button', { name: 'Bibliothek: Export, Import, Sicherung' });
      await opener.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('menu')).toBeVisible();
      await expect(page.getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
      await expect(opener).toBeFocused();
    });
    await test.step('annotation editor', async () => {
      await highlightWithToolbar(page, PHRASE, 'bullisch');
      const opener = page.getByRole('button', { name: `Markierung bearbeiten: ${PHRASE}` });
      await opener.focus();
      await page.keyboard.press('Enter');
      const editor = page.getByRole('form', { name: 'Markierung bearbeiten' });
      await expect(editor).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(editor).toHaveCount(0);
      await expect(opener).toBeFocused();
    });
  });

  test('↑/↓ and j/k switch articles outside text fields, and type into a text field', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    await expect(library.readerHeading()).toHaveText(FIRST);
    await test.step('from the reader', async () => {
      await page.locator('.reader__scroll').focus();
      await page.keyboard.press('j');
      await expect(library.readerHeading()).toHaveText(SECOND);
      await page.keyboard.press('ArrowDown');
      await expect(library.readerHeading()).toHaveText(THIRD);
      await page.keyboard.press('k');
      await page.keyboard.press('ArrowUp');
      await expect(library.readerHeading()).toHaveText(FIRST);
    });
    await test.step('in the notes search field', async () => {
      const search = page.getByRole('searchbox', { name: 'Zitate und Notizen durchsuchen' });
      await search.focus();
      await page.keyboard.type('jk');
      await page.keyboard.press('ArrowDown');
      await expect(search).toHaveValue('jk');
      await expect(library.readerHeading()).toHaveText(FIRST);
    });
  });

  test('focus states at 1440×900 are saved for review', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.open();
    const targets = [
      { name: 'article-list', theme: 'Hell', target: library.articleList() },
      { name: 'splitter', theme: 'Dunkel', target: page.getByRole('separator').first() },
      { name: 'about-button', theme: 'Dunkel', target: page.getByRole('button', { name: 'Über Kursnotiz' }) },
      { name: 'reader', theme: 'Hell', target: page.locator('.reader__scroll') },
      { name: 'legend', theme: 'Dunkel', target: library.levelEntries().first().getByRole('button').first() },
    ] as const;
    for (const { name, theme, target } of targets) {
      await page.getByRole('radio', { name: theme }).check();
      // A key press first, so the browser shows focus as it does for keyboard users (:focus-visible).
      await page.keyboard.press('Shift');
      await target.focus();
      await expect(target).toBeFocused();
      await page.screenshot({ path: test.info().outputPath(`focus-${name}-${theme}.png`) });
    }
  });
});
