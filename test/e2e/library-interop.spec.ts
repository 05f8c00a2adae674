import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions, WEB_HOST_URL } from './browser-options';
import { expect, test, watchConsole, type ConsoleProblems } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { LibraryMenu } from './pages/library-menu';
import { expectPainted, highlightWithToolbar, writeNote } from './pages/reader-annotations';

const ARTICLE_TWO = 'Architekt der KI-Zukunft steigt auf';
const BULLISH = 'Die Cloud-Sparte verzeichnete im jüngsten Quartal einen Umsatzanstieg von 34 Prozent';
const RISK = 'Die Anleger scheinen ihre Skepsis';
const CATALYST = 'gilt als der Kopf hinter den Qwen-Sprachmodellen';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VALIDATOR = join(ROOT, 'test/fixtures/w3c/validate-w3c.cjs');

const entry = (page: Page, quote: string) =>
  page.getByRole('list', { name: 'Markierungen' }).getByRole('listitem', { name: quote });

/** A new, empty profile (its own IndexedDB) on the web host, with console errors collected. */
async function launchFreshProfile(
  problems: ConsoleProblems,
): Promise<{ context: BrowserContext; page: Page; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kursnotiz-library-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...chromiumLaunchOptions,
    baseURL: WEB_HOST_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watchConsole(page, problems);
  await new LibraryPage(page).open();
  return { context, page, dir };
}

/** Three highlights with notes on two seed articles, made through the reader's toolbar. */
async function annotateTwoArticles(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.open();
  await highlightWithToolbar(page, BULLISH, 'bullisch');
  await writeNote(page, BULLISH, 'Cloud wächst');
  await highlightWithToolbar(page, RISK, 'Risiko');
  await library.articleOptions().filter({ hasText: ARTICLE_TWO }).click();
  await expect(library.readerHeading()).toHaveText(ARTICLE_TWO);
  await highlightWithToolbar(page, CATALYST, 'Katalysator');
  await writeNote(page, CATALYST, 'Personalie stützt die KI-Strategie');
}

/** Sees the three highlights of annotateTwoArticles in the notes pane (with their tags and notes). */
async function expectThreeHighlights(page: Page): Promise<void> {
  const library = new LibraryPage(page);
  await library.articleOptions().filter({ hasText: 'Alibaba Aktie: KI-Strategie zündet' }).click();
  await expect(entry(page, BULLISH)).toContainText('bullisch');
  await expect(entry(page, BULLISH)).toContainText('Cloud wächst');
  await expect(entry(page, RISK)).toContainText('Risiko');
  await library.articleOptions().filter({ hasText: ARTICLE_TWO }).click();
  await expect(entry(page, CATALYST)).toContainText('Personalie stützt die KI-Strategie');
  await expectPainted(page, 'catalyst', 'Qwen-Sprachmodellen');
}

test('annotations exported as W3C JSON-LD come back in a new, empty profile', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'kursnotiz-jsonld-'));
  const file = join(work, 'export.jsonld');
  const problems: ConsoleProblems = { messages: [] };
  try {
    await test.step('annotate and export', async () => {
      await annotateTwoArticles(page);
      const download = await new LibraryMenu(page).exportAnnotations(3);
      expect(download.suggestedFilename()).toMatch(/^Kursnotiz-Annotationen-\d{4}-\d{2}-\d{2}\.jsonld$/);
      await download.saveAs(file);
      await expect(page.getByText('3 Markierungen als JSON-LD exportiert.')).toBeVisible();
    });

    await test.step('the exported file passes the W3C validator', () => {
      const output = execFileSync(process.execPath, [VALIDATOR, file], { cwd: ROOT, encoding: 'utf8' });
      console.log(`validate-w3c.cjs on the e2e export: ${output.trim()}`);
      expect(output).toContain('3 passed, 0 failed');
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
        type: 'AnnotationCollection',
        total: 3,
      });
    });

    await test.step('import into a fresh profile: report, then the same highlights', async () => {
      const fresh = await launchFreshProfile(problems);
      try {
        const menu = new LibraryMenu(fresh.page);
        await menu.pickFile('Anmerkungen importieren…', file);
        await expect(menu.reportCount('Importiert und verankert')).toHaveText('3');
        await expect(menu.reportCount('Artikel nicht in der Bibliothek')).toHaveText('0');
        await fresh.page.screenshot({ path: test.info().outputPath('import-report.png') });
        await menu.importReport().getByRole('button', { name: 'Schließen' }).click();
        await expectThreeHighlights(fresh.page);

        // Importing the same file again adds nothing twice.
        await menu.pickFile('Anmerkungen importieren…', file);
        await expect(menu.reportCount('Schon vorhanden')).toHaveText('3');
        await menu.importReport().getByRole('button', { name: 'Schließen' }).click();
        await expect(entry(fresh.page, CATALYST)).toHaveCount(1);
      } finally {
        await fresh.context.close();
        rmSync(fresh.dir, { recursive: true, force: true });
      }
    });
    expect(problems.messages, 'the fresh profile logged errors').toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a backup restored into a fresh profile shows the same library and settings', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'kursnotiz-backup-'));
  const file = join(work, 'backup.json');
  const problems: ConsoleProblems = { messages: [] };
  try {
    await test.step('annotate, switch to the dark theme, back up', async () => {
      await annotateTwoArticles(page);
      await page.getByRole('radio', { name: 'Dunkel' }).click();
      const download = await new LibraryMenu(page).backUp();
      expect(download.suggestedFilename()).toMatch(/^Kursnotiz-Sicherung-\d{4}-\d{2}-\d{2}\.json$/);
      await download.saveAs(file);
    });

    await test.step('restore into a fresh profile after the confirmation', async () => {
      const fresh = await launchFreshProfile(problems);
      try {
        const menu = new LibraryMenu(fresh.page);
        await menu.pickFile('Sicherung wiederherstellen…', file);
        const confirmation = menu.restoreConfirmation();
        await expect(confirmation.getByRole('row', { name: /Markierungen/ })).toHaveText(
          /Markierungen\s*0\s*3/,
        );
        await fresh.page.screenshot({ path: test.info().outputPath('restore-confirm.png') });
        await confirmation.getByRole('button', { name: 'Bibliothek ersetzen' }).click();
        const done = fresh.page.getByRole('dialog', { name: 'Bibliothek wiederhergestellt' });
        await done.getByRole('button', { name: 'Schließen' }).click();
        await expectThreeHighlights(fresh.page);
        await expect(fresh.page.locator('html')).toHaveAttribute('data-theme', 'dark');

        // The restored library is what is stored, not only what is on screen.
        await fresh.page.reload();
        await expect(new LibraryPage(fresh.page).articleOptions()).toHaveCount(5);
        await expectThreeHighlights(fresh.page);
      } finally {
        await fresh.context.close();
        rmSync(fresh.dir, { recursive: true, force: true });
      }
    });
    expect(problems.messages, 'the fresh profile logged errors').toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('a backup from a newer schema is refused with a clear message and changes nothing', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'kursnotiz-newer-'));
  try {
    const library = new LibraryPage(page);
    await library.open();
    await highlightWithToolbar(page, BULLISH, 'bullisch');
    const menu = new LibraryMenu(page);
    const backup = JSON.parse(readFileSync(await (await menu.backUp()).path(), 'utf8')) as {
      schemaVersion: number;
    };
    const newer = join(work, 'newer.json');
    writeFileSync(newer, JSON.stringify({ ...backup, schemaVersion: backup.schemaVersion + 1 }));

    await highlightWithToolbar(page, RISK, 'Risiko');
    await menu.pickFile('Sicherung wiederherstellen…', newer);
    const refusal = page.getByRole('alertdialog', { name: 'Sicherung abgelehnt' });
    await expect(refusal).toContainText(
      `Diese Sicherung stammt aus einer neueren Kursnotiz-Version (Schema ${backup.schemaVersion + 1})`,
    );
    await expect(refusal).toContainText('Es wurde nichts geändert.');
    await page.screenshot({ path: test.info().outputPath('restore-refused.png') });
    await refusal.getByRole('button', { name: 'Schließen' }).click();

    // Unchanged on screen and on disk: the highlight made after the backup is still there after a reload.
    await page.reload();
    await expect(library.articleOptions()).toHaveCount(5);
    await expect(entry(page, RISK)).toBeVisible();
    await expect(entry(page, BULLISH)).toBeVisible();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
