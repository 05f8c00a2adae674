import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { WEB_HOST_URL } from './browser-options';
import { expect, test, type ConsoleProblems } from './fixtures';
import { openPersistentApp } from './pages/persistent-app';
import { LibraryPage } from './pages/library-page';
import {
  clickPainted,
  expectPainted,
  highlightWithToolbar,
  hoverPainted,
  paintedHighlights,
  selectInReader,
  writeNote,
} from './pages/reader-annotations';

const ARTICLE_ONE = 'Alibaba Aktie: KI-Strategie zündet';
const ARTICLE_TWO = 'Architekt der KI-Zukunft steigt auf';
const BULLISH = 'Die Cloud-Sparte verzeichnete im jüngsten Quartal einen Umsatzanstieg von 34 Prozent';
const RISK = 'Die Anleger scheinen ihre Skepsis';
const CATALYST = 'gilt als der Kopf hinter den Qwen-Sprachmodellen';

/** The page position of the centre of the chart's pixels in `rgb` (e.g. a marker), read from its canvases. */
async function findMarkerPixel(page: Page, rgb: [number, number, number]): Promise<{ x: number; y: number }> {
  const found = await page.evaluate((colour) => {
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.kn-chart-area canvas')) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let sumX = 0;
      let sumY = 0;
      let count = 0;
      for (let index = 0; index < data.length; index += 4) {
        const close = [0, 1, 2].every((channel) => Math.abs(data[index + channel]! - colour[channel]!) < 12);
        if (!close || data[index + 3]! < 200) continue;
        sumX += (index / 4) % canvas.width;
        sumY += Math.floor(index / 4 / canvas.width);
        count += 1;
      }
      if (count < 20) continue;
      const rect = canvas.getBoundingClientRect();
      return {
        x: rect.left + (sumX / count) * (rect.width / canvas.width),
        y: rect.top + (sumY / count) * (rect.height / canvas.height),
      };
    }
    return null;
  }, rgb);
  if (!found) throw new Error(`no chart pixels of rgb(${rgb.join(', ')})`);
  return found;
}

/** Where the current selection is on screen (its centre). */
function selectionCentre(page: Page) {
  return page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
}

const notesList = (page: Page) => page.getByRole('list', { name: 'Markierungen' });
const entry = (page: Page, quote: string) => notesList(page).getByRole('listitem', { name: quote });
const chartLevel = (page: Page, text: string) =>
  new LibraryPage(page).levelEntries().filter({ hasText: text });

test('highlights with tags, notes and a chart pin survive a restart; delete and undo bring one back', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kursnotiz-annotations-'));
  const problems: ConsoleProblems = { messages: [] };
  try {
    await test.step('first session: three tags, notes and a pin on two seed articles', async () => {
      const { context, page } = await openPersistentApp(profile, problems);
      const library = new LibraryPage(page);
      await expect(library.readerHeading()).toHaveText(ARTICLE_ONE);

      // 1: the floating toolbar.
      await highlightWithToolbar(page, BULLISH, 'bullisch');
      await expect(entry(page, BULLISH)).toContainText('bullisch');
      await writeNote(page, BULLISH, '**Stark:** Cloud *wächst*\n- Marge beobachten', '250');
      await expect(entry(page, BULLISH).locator('strong')).toHaveText('Stark:');
      await expect(chartLevel(page, '250,00 $')).toHaveCount(1);

      // 2: the context menu on a selection.
      await selectInReader(page, RISK);
      const { x, y } = await selectionCentre(page);
      await page.mouse.click(x, y, { button: 'right' });
      await page
        .getByRole('menu', { name: 'Markieren als' })
        .getByRole('menuitem', { name: 'Risiko' })
        .click();
      await writeNote(page, RISK, 'China-Abschlag kann zurückkommen');
      await expect(entry(page, RISK)).toContainText('Risiko');

      // 3: the keyboard shortcut (Alt+4 = Katalysator) on the second article.
      await library.articleOptions().filter({ hasText: ARTICLE_TWO }).click();
      await expect(library.readerHeading()).toHaveText(ARTICLE_TWO);
      await selectInReader(page, CATALYST);
      await page.keyboard.press('Alt+4');
      await expect(entry(page, CATALYST)).toContainText('Katalysator');
      await writeNote(page, CATALYST, 'Personalie stützt die KI-Strategie');
      await expectPainted(page, 'catalyst', 'Qwen-Sprachmodellen');
      await context.close();
    });

    await test.step('after a restart: all three are there, in the notes pane and on the chart', async () => {
      const { context, page } = await openPersistentApp(profile, problems);
      await page.getByRole('radio', { name: 'Alle Artikel' }).check();
      await expect(notesList(page).getByRole('listitem', { name: /./ })).toHaveCount(3);
      await expect(entry(page, BULLISH)).toContainText('Marge beobachten');
      await expect(entry(page, RISK)).toContainText('China-Abschlag kann zurückkommen');
      await expect(entry(page, CATALYST)).toContainText('Personalie stützt die KI-Strategie');
      await expect(chartLevel(page, '250,00 $')).toHaveCount(1);
      // The reader opens the article read last; its highlight is painted, and so is the first one's.
      const library = new LibraryPage(page);
      await expect(library.readerHeading()).toHaveText(ARTICLE_TWO);
      await expectPainted(page, 'catalyst', 'Qwen-Sprachmodellen');
      await library.articleOptions().filter({ hasText: ARTICLE_ONE }).click();
      await expectPainted(page, 'bullish', 'Umsatzanstieg von 34 Prozent');

      await test.step('delete the pinned one: its chart item goes; undo: both are back', async () => {
        await page.getByRole('button', { name: `Markierung löschen: ${BULLISH}` }).click();
        await expect(entry(page, BULLISH)).toHaveCount(0);
        await expect(chartLevel(page, '250,00 $')).toHaveCount(0);
        await page.locator('body').press('Control+z');
        await expect(entry(page, BULLISH)).toContainText('Marge beobachten');
        await expect(chartLevel(page, '250,00 $')).toHaveCount(1);
        await expectPainted(page, 'bullish', 'Umsatzanstieg von 34 Prozent');
      });

      await test.step('clicking the chart level jumps to the highlighted passage', async () => {
        await chartLevel(page, '250,00 $')
          .getByRole('button', { name: /^Zur Textstelle/ })
          .click();
        await expect(page.locator(':focus')).toContainText('Umsatzanstieg von 34 Prozent');
      });
      await context.close();
    });

    await test.step('the undo survived as data: a third start still shows three', async () => {
      const { context, page } = await openPersistentApp(profile, problems);
      await page.getByRole('radio', { name: 'Alle Artikel' }).check();
      await expect(notesList(page).getByRole('listitem', { name: /./ })).toHaveCount(3);
      await context.close();
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  expect(problems.messages).toEqual([]);
});

test('all six tags, overlapping and adjacent highlights are told apart in light and dark', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const toolbar = page.getByRole('toolbar', { name: 'Markierung' });
  const highlight = async (phrase: string, tag: string) => {
    await selectInReader(page, phrase);
    await toolbar.getByRole('button', { name: tag }).click();
    await expect(notesList(page).getByRole('listitem', { name: phrase, exact: true })).toHaveCount(1);
  };
  // Adjacent: three highlights side by side; overlapping: a long one, then one inside it.
  await highlight('Die eigenen Open-Source-Modelle', 'bullisch');
  await highlight('der „Qwen“-Reihe', 'bärisch');
  await highlight('haben einen Meilenstein', 'Frage');
  await highlight(
    'Dieser technologische Erfolg schlägt sich inzwischen direkt in den Finanzkennzahlen nieder',
    'Risiko',
  );
  await highlight('inzwischen direkt', 'Katalysator');
  await highlight('Finanzkennzahlen', 'Risiko');
  await highlight('Umsatzanstieg von 34 Prozent', 'prüfen');

  const reader = page.getByRole('main');
  // Each highlight is painted with its tag. Different tags overlapping mix their colours; where two of the
  // same tag overlap, a further layer marks exactly the shared text, so they do not merge into one.
  await expect.poll(async () => (await paintedHighlights(page))['overlap']).toEqual(['Finanzkennzahlen']);
  const painted = await paintedHighlights(page);
  expect(painted['risk']).toEqual([
    'Dieser technologische Erfolg schlägt sich inzwischen direkt in den Finanzkennzahlen nieder',
    'Finanzkennzahlen',
  ]);
  expect(painted['catalyst']).toEqual(['inzwischen direkt']);
  expect(painted['bullish']).toEqual(['Die eigenen Open-Source-Modelle']);
  expect(painted['bearish']).toEqual(['der „Qwen“-Reihe']);
  // Not colour alone: every tag paints its own line pattern in the text, and its button shows the same one.
  const patterns = await page.evaluate(() => {
    const paragraph = document.querySelector('main article p')!;
    return ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'].map((tag) => {
      const style = getComputedStyle(paragraph, `::highlight(kn-ann-${tag})`);
      return `${style.textDecorationLine} ${style.textDecorationStyle}`;
    });
  });
  expect(new Set(patterns).size).toBe(6);
  await selectInReader(page, 'Cloud und KI als Wachstumstreiber');
  const legend = await toolbar
    .locator('.ann-label')
    .evaluateAll((labels) =>
      labels.map(
        (label) =>
          `${getComputedStyle(label).textDecorationLine} ${getComputedStyle(label).textDecorationStyle}`,
      ),
    );
  expect(legend).toEqual(patterns);

  await selectInReader(page, 'Cloud und KI als Wachstumstreiber');
  await reader.getByText('Die eigenen Open-Source-Modelle').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('highlights-light.png') });
  await page.getByRole('radio', { name: 'Dunkel' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ path: test.info().outputPath('highlights-dark.png') });
});

test('an orphan is listed apart and re-attached; highlight and entry find each other; links ask first', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const orphanQuote = 'Dieser Satz stand nur in einer älteren Fassung des Artikels';
  await test.step('a stored annotation whose text is gone is shown under "Nicht zuordenbar", not deleted', async () => {
    await page.evaluate(async (exact) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kursnotiz');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`IndexedDB: ${String(request.error)}`));
      });
      const tx = db.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put({
        id: 'orphan-1',
        articleId: 'seed:003_74e3ba4eb27d1507',
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 10, end: 69 },
        tags: ['question'],
        note: 'Alte Notiz, bitte behalten',
        pin: null,
        createdAtMs: 1,
        modifiedAtMs: 1,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, orphanQuote);
    await page.reload();
    const orphans = page.getByRole('list', { name: 'Nicht zuordenbar' });
    await expect(orphans.getByRole('listitem', { name: orphanQuote })).toContainText(
      'Alte Notiz, bitte behalten',
    );
    await expect(notesList(page)).toHaveCount(0);
  });

  await test.step('choosing "Neu verankern…", selecting text and "Hier neu verankern" places it there', async () => {
    await page.getByRole('button', { name: 'Neu verankern…' }).click();
    await selectInReader(page, 'Die Anleger scheinen ihre Skepsis');
    await page
      .getByRole('toolbar', { name: 'Markierung' })
      .getByRole('button', { name: 'Hier neu verankern' })
      .click();
    await expect(entry(page, 'Die Anleger scheinen ihre Skepsis')).toContainText(
      'Alte Notiz, bitte behalten',
    );
    await expect(page.getByRole('list', { name: 'Nicht zuordenbar' })).toHaveCount(0);
  });

  await test.step('clicking the highlight focuses its entry; clicking the entry flashes the passage', async () => {
    // Highlights are painted, not elements, yet the pointer still shows they can be clicked.
    const reader = page.getByRole('main').locator('.reader__scroll');
    await hoverPainted(page, 'question', 'Skepsis');
    await expect(reader).toHaveCSS('cursor', 'pointer');
    await page.getByRole('main').getByRole('heading').first().hover();
    await expect(reader).not.toHaveCSS('cursor', 'pointer');
    await clickPainted(page, 'question', 'Skepsis');
    await expect(entry(page, 'Die Anleger scheinen ihre Skepsis').getByRole('button').first()).toBeFocused();
    // …and the reader marks that highlight as the focused one.
    await expectPainted(page, 'focused', 'Die Anleger scheinen ihre Skepsis');
    await entry(page, 'Die Anleger scheinen ihre Skepsis').getByRole('button').first().click();
    await expect(page.getByRole('main').locator('mark.passage-flash')).toContainText(['Skepsis']);
  });

  await test.step('a free-form tag and a link: the link opens only after a dialog naming its URL', async () => {
    const quote = 'Die Anleger scheinen ihre Skepsis';
    await page.getByRole('button', { name: `Markierung bearbeiten: ${quote}` }).click();
    const editor = page.getByRole('form', { name: 'Markierung bearbeiten' });
    await editor
      .getByRole('textbox', { name: /^Notiz/ })
      .fill('Quelle: [Bericht](https://example.com/bericht) und <b>kein HTML</b>');
    await editor.getByRole('textbox', { name: 'Eigenes Schlagwort' }).fill('China-Abschlag');
    await editor.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
    await editor.getByRole('radio', { name: 'An Kursmarke' }).check();
    await page.screenshot({ path: test.info().outputPath('notes-editor.png') });
    await editor.getByRole('radio', { name: 'Nicht angeheftet' }).check();
    await editor.getByRole('button', { name: 'Speichern' }).click();
    await expect(entry(page, quote)).toContainText('China-Abschlag');
    await expect(entry(page, quote)).toContainText('<b>kein HTML</b>');
    await entry(page, quote).getByRole('link', { name: 'Bericht' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link öffnen?' });
    await expect(dialog).toContainText('https://example.com/bericht');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect(dialog).toBeHidden();
    expect(page.url()).toBe(WEB_HOST_URL);
  });

  await test.step('undo and redo the edit with the keyboard', async () => {
    const quote = 'Die Anleger scheinen ihre Skepsis';
    await page.locator('body').press('Control+z');
    await expect(entry(page, quote)).not.toContainText('China-Abschlag');
    await page.locator('body').press('Control+Shift+z');
    await expect(entry(page, quote)).toContainText('China-Abschlag');
  });
});

test('a note pinned to its article date gets a chart marker and a jump from the chart', async ({ page }) => {
  const library = new LibraryPage(page);
  await library.open();
  const quote = 'gilt als der Kopf hinter den Qwen-Sprachmodellen';
  await library.articleOptions().filter({ hasText: ARTICLE_TWO }).click();
  await selectInReader(page, quote);
  await page
    .getByRole('toolbar', { name: 'Markierung' })
    .getByRole('button', { name: 'Katalysator' })
    .click();
  await page.getByRole('button', { name: `Markierung bearbeiten: ${quote}` }).click();
  const editor = page.getByRole('form', { name: 'Markierung bearbeiten' });
  await editor.getByRole('radio', { name: 'An Artikeldatum' }).check();
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(entry(page, quote)).toContainText('Im Chart: Artikeldatum');

  const pins = library.chartRegion().getByRole('list', { name: 'Notizen am Artikeldatum' });
  await expect(pins.getByRole('listitem')).toContainText(['14. Dez. 2025']);
  await page.screenshot({ path: test.info().outputPath('date-pin.png') });

  await test.step('a click on the marker in the chart jumps to the passage', async () => {
    await library.articleOptions().filter({ hasText: ARTICLE_ONE }).click();
    await expect(library.readerHeading()).toHaveText(ARTICLE_ONE);
    const marker = await findMarkerPixel(page, [101, 49, 176]); // the catalyst colour of the light theme
    await page.mouse.click(marker.x, marker.y);
    await expect(library.readerHeading()).toHaveText(ARTICLE_TWO);
    await expect(page.locator(':focus')).toContainText('Qwen-Sprachmodellen');
  });

  await library.articleOptions().filter({ hasText: ARTICLE_ONE }).click();
  await pins.getByRole('button', { name: `Zur Textstelle: ${quote}` }).click();
  await expect(library.readerHeading()).toHaveText(ARTICLE_TWO);
  await expect(page.locator(':focus')).toContainText('Qwen-Sprachmodellen');

  await page.getByRole('button', { name: `Markierung löschen: ${quote}` }).click();
  await expect(pins).toHaveCount(0);
  await page.locator('body').press('Control+z');
  await expect(pins.getByRole('listitem')).toHaveCount(1);
});

test('Alt+N highlights without a tag and opens the note editor; the toolbar speaks English too', async ({
  page,
}) => {
  const library = new LibraryPage(page);
  await library.open();
  const quote = 'Die Anleger scheinen ihre Skepsis';
  await selectInReader(page, quote);
  await page.keyboard.press('Alt+n');
  const editor = page.getByRole('form', { name: 'Markierung bearbeiten' });
  await expect(editor.getByRole('textbox', { name: /^Notiz/ })).toBeFocused();
  await page.keyboard.type('Erst *prüfen*:\n- Bewertung\n- Abschlag');
  // Ctrl+Z inside the note undoes typing there, not an annotation change.
  await page.keyboard.press('Control+z');
  await expect(notesList(page).getByRole('listitem', { name: quote })).toHaveCount(1);
  await editor.getByRole('textbox', { name: /^Notiz/ }).fill('Erst *prüfen*:\n- Bewertung\n- Abschlag');
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(entry(page, quote).locator('em')).toHaveText('prüfen');
  await expect(entry(page, quote).locator('.ann-note li')).toHaveText(['Bewertung', 'Abschlag']);

  await library.switchLanguage('en');
  await selectInReader(page, 'Cloud und KI als Wachstumstreiber');
  const toolbar = page.getByRole('toolbar', { name: 'Highlight' });
  for (const name of ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to check', 'Note…'])
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Highlights' }).getByRole('listitem', { name: quote }),
  ).toHaveCount(1);
});
