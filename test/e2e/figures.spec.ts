import { expect, test } from './fixtures';
import { fileURLToPath } from 'node:url';
import { LibraryPage } from './pages/library-page';
import { FiguresPage } from './pages/figures-page';
import { ImportPage } from './pages/import-page';

const ANALYST_NOTE = fileURLToPath(new URL('../fixtures/figures-reader/analyst-note.txt', import.meta.url));
const shots = (name: string) =>
  fileURLToPath(new URL(`../../test-results/figures/${name}.png`, import.meta.url));

test.describe('narrative checks', () => {
  test('the Checks view recomputes stated moves, compares amounts and links to both passages', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const figures = new FiguresPage(page);
    await library.open();
    await expect(figures.summary()).toHaveText('5 Prüfungen: 1 Widerspruch');
    await figures.openChecks();

    const consistent = figures.check('Kursziel 205,00 $ und genanntes Potenzial „30 bis 40 Prozent“');
    const assumed = figures.check('Kursziel 194,00 $ und genanntes Potenzial „fast 30 Prozent“');
    const amounts = figures.check('Derselbe Betrag, verschieden angegeben');
    await test.step('205 with 30 to 40 % against the close 155.74 is consistent (+31.6 %)', async () => {
      await expect(consistent).toContainText('Stimmig');
      await expect(consistent).toContainText('Vom Schlusskurs 155,74 $ (2. Jan. 2026) aus sind es +31,6 %');
    });
    await test.step('194 with "fast 30 Prozent" names the price the article assumed, about 149 USD', async () => {
      // The close (2 Jan 2026) is younger than the article (30 Dec 2025): another reference, not a conflict.
      await expect(assumed).toContainText('Offen');
      await expect(assumed).toContainText('Der Artikel rechnete mit einem anderen Bezugskurs.');
      await expect(assumed).toContainText('+24,6 %');
      await expect(assumed).toContainText(/Kurs von etwa 149,\d\d\s\$ angenommen haben/u);
      await expect(assumed).toContainText('Das passt zu „150 US-Dollar“ (Kursmarke).');
    });
    await test.step('53 versus 54 billion USD for the same plan is a disagreement', async () => {
      await expect(amounts).toContainText('53 Mrd. $ gegen 54 Mrd. $');
      await expect(amounts).toContainText('über 50 Mrd. $');
    });
    await page.screenshot({ path: shots('checks-light') });

    const links: [string, string, string][] = [
      [
        'Kursziel 205,00 $ und genanntes Potenzial „30 bis 40 Prozent“',
        'rund 205 US-Dollar',
        'Alibaba Aktie: KI-Strategie zündet',
      ],
      [
        'Kursziel 205,00 $ und genanntes Potenzial „30 bis 40 Prozent“',
        '30 bis 40 Prozent',
        'Alibaba Aktie: KI-Strategie zündet',
      ],
      [
        'Kursziel 194,00 $ und genanntes Potenzial „fast 30 Prozent“',
        '194 US-Dollar',
        'Alibaba investiert in KI und Cloud-Infrastruktur',
      ],
      [
        'Kursziel 194,00 $ und genanntes Potenzial „fast 30 Prozent“',
        'fast 30 Prozent',
        'Alibaba investiert in KI und Cloud-Infrastruktur',
      ],
      [
        'Derselbe Betrag, verschieden angegeben',
        '53 Milliarden US-Dollar',
        'Alibabas Milliardenstrategie: Investition in Wachstum und Innovation',
      ],
      [
        'Derselbe Betrag, verschieden angegeben',
        'rund 54 Milliarden US-Dollar',
        'Architekt der KI-Zukunft steigt auf',
      ],
    ];
    for (const [heading, surface, title] of links) {
      await test.step(`"Zur Textstelle" ${surface} shows the passage in ${title}`, async () => {
        if (!(await figures.checksView().isVisible())) await figures.openChecks();
        await figures.passageLink(figures.check(heading), surface, title).click();
        await expect(figures.checksView()).toBeHidden();
        await expect(library.readerHeading()).toHaveText(title);
        const focused = page.locator(':focus');
        await expect(focused).toContainText(surface);
        await expect(focused).toBeInViewport();
        await expect(page.getByRole('main').locator('mark.passage-flash')).toContainText([
          surface.split(' ')[0]!,
        ]);
      });
    }
    await test.step('in English the summary and the view speak English with English numbers', async () => {
      await library.switchLanguage('en');
      await expect(page.getByText('5 checks: 1 conflict')).toBeVisible();
      await page.getByRole('button', { name: 'Show checks' }).click();
      const view = page.getByRole('dialog', { name: 'Checks' });
      await expect(view).toContainText('From the close $155.74 (Jan 2, 2026) the move is +31.6%');
      await expect(view).toContainText('$53B versus $54B');
      await expect(view.getByRole('button', { name: 'Go to passage “fast 30 Prozent”' })).toBeVisible();
    });
  });
});

test.describe('figures in the reader', () => {
  test('a figure becomes a chart level only when the user confirms it, with corrections', async ({
    page,
  }) => {
    const library = new LibraryPage(page);
    const figures = new FiguresPage(page);
    const importer = new ImportPage(page);
    await library.open();
    await importer.pickFiles([ANALYST_NOTE]);
    await importer.closeReport();
    await library.articleOptions().filter({ hasText: 'Beispielbank hebt das Kursziel' }).click();
    await expect(library.readerHeading()).toHaveText('Beispielbank hebt das Kursziel für Alibaba an');

    await test.step('the figure is marked with a dotted underline and opens a suggestion', async () => {
      const mark = figures.mark('230 US-Dollar');
      await expect(mark).toHaveCSS('text-decoration-style', 'dotted');
      await mark.click();
      const popover = figures.popover('230 US-Dollar');
      await expect(popover.getByLabel('Wert', { exact: true })).toHaveValue('230');
      await expect(popover.getByLabel('Art')).toHaveValue('target');
      await expect(popover.getByLabel('Währung')).toHaveValue('USD');
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
    });
    await test.step('screenshots: an unconfirmed (dotted) figure in both themes', async () => {
      await page.screenshot({ path: shots('reader-unconfirmed-light') });
      await page.emulateMedia({ colorScheme: 'dark' });
      await figures.mark('230 US-Dollar').click();
      await page.screenshot({ path: shots('popover-unconfirmed-dark') });
      await page.keyboard.press('Escape');
      await page.emulateMedia({ colorScheme: 'light' });
    });
    await test.step('an unconfirmed suggestion leaves the chart unchanged', async () => {
      await expect(library.levelEntries().filter({ hasText: '230,00 $' })).toHaveCount(0);
    });
    await test.step('confirming from the keyboard pins the target to the chart', async () => {
      await figures.figureButton('230 US-Dollar', 'Kursziel').focus();
      await page.keyboard.press('Enter');
      await figures
        .popover('230 US-Dollar')
        .getByRole('button', { name: 'Als Kursmarke übernehmen' })
        .click();
      const entry = library.levelEntries().filter({ hasText: '230,00 $' });
      await expect(entry).toHaveCount(1);
      await expect(entry).toContainText('Kursziel');
      await expect(entry).toContainText('Beispielbank hebt das Kursziel');
      await expect(figures.figureButton('230 US-Dollar', 'Kursziel')).toContainText('im Chart');
    });
    await test.step('a corrected kind and value reach the chart as corrected', async () => {
      await figures.figureButton('240 US-Dollar', 'Kursziel').click();
      const popover = figures.popover('240 US-Dollar');
      await popover.getByLabel('Art').selectOption({ label: 'Fairer Wert' });
      await popover.getByLabel('Wert', { exact: true }).fill('0');
      await popover.getByRole('button', { name: 'Als Kursmarke übernehmen' }).click();
      await expect(popover.getByRole('alert')).toContainText('Wert größer als null');
      await popover.getByLabel('Wert', { exact: true }).fill('241,5');
      await popover.getByRole('button', { name: 'Als Kursmarke übernehmen' }).click();
      await expect(library.levelEntries().filter({ hasText: 'Fairer Wert 241,50 $' })).toHaveCount(1);
      await expect(library.levelEntries().filter({ hasText: '240,00 $' })).toHaveCount(0);
    });
    await test.step('a pin is an annotation change: Ctrl+Z takes it back off the chart', async () => {
      await figures.figureButton('230 US-Dollar', 'Kursziel').focus();
      await page.keyboard.press('Control+z');
      await expect(library.levelEntries().filter({ hasText: 'Fairer Wert 241,50 $' })).toHaveCount(0);
      await expect(library.levelEntries().filter({ hasText: '230,00 $' })).toHaveCount(1);
    });
    await test.step('the confirmed level is saved: it is still on the chart after a reload', async () => {
      await page.reload();
      await expect(library.levelEntries().filter({ hasText: '230,00 $' })).toHaveCount(1);
      await expect(library.levelEntries().filter({ hasText: '241,50 $' })).toHaveCount(0);
    });
  });

  test('screenshots of the reader marks and the Checks view in both themes', async ({ page }) => {
    const library = new LibraryPage(page);
    const figures = new FiguresPage(page);
    await library.open();
    await library.articleOptions().filter({ hasText: 'Alibaba investiert in KI und Cloud' }).click();
    await figures.mark('194 US-Dollar').scrollIntoViewIfNeeded();
    await page.screenshot({ path: shots('reader-light') });
    // 194 $ is already on the chart: a click shows its line there instead of offering it again.
    await figures.mark('194 US-Dollar').click();
    await expect(page.getByRole('dialog', { name: /^Quelle der Kursmarke Kursziel Ø 194/u })).toBeVisible();
    await page.screenshot({ path: shots('pinned-figure-on-chart-light') });
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: shots('reader-dark') });
    await figures.openChecks();
    await page.screenshot({ path: shots('checks-dark') });
  });
});
