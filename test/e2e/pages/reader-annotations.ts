import { expect, type Page } from '@playwright/test';

/** Selects `phrase` in the reader the way a drag would leave it: a DOM selection over its text. */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  await page.getByRole('main').getByText(phrase, { exact: false }).first().waitFor();
  await page.evaluate((text) => {
    const root = document.querySelector('main article');
    if (!root) throw new Error('No article in the reader');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent?.indexOf(text) ?? -1;
      if (index < 0) continue;
      // The toolbar appears at the selection: it must be on screen to be clicked.
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${text}" is not in the reader`);
  }, phrase);
}

/** Highlights `phrase` with the selection toolbar's tag button (German label, e.g. 'bullisch'). */
export async function highlightWithToolbar(page: Page, phrase: string, tagLabel: string): Promise<void> {
  await selectInReader(page, phrase);
  await page.getByRole('toolbar', { name: 'Markierung' }).getByRole('button', { name: tagLabel }).click();
  await expect(page.getByRole('button', { name: `Markierung bearbeiten: ${phrase}` })).toBeVisible();
}

/** Writes `note` on the highlight of `quote` through its editor; with `pinTargetUsd` also pins it as a price target. */
export async function writeNote(
  page: Page,
  quote: string,
  note: string,
  pinTargetUsd?: string,
): Promise<void> {
  await page.getByRole('button', { name: `Markierung bearbeiten: ${quote}` }).click();
  const editor = page.getByRole('form', { name: 'Markierung bearbeiten' });
  await editor.getByRole('textbox', { name: /^Notiz/ }).fill(note);
  if (pinTargetUsd) {
    await editor.getByRole('radio', { name: 'An Kursmarke' }).check();
    await editor.getByRole('combobox', { name: 'Art der Marke' }).selectOption({ label: 'Kursziel' });
    await editor.getByRole('textbox', { name: 'Kurswert' }).fill(pinTargetUsd);
  }
  await editor.getByRole('button', { name: 'Speichern' }).click();
  await expect(editor).toHaveCount(0);
}

/**
 * What the reader paints as annotation highlights, by tag ('risk', 'catalyst', …, 'overlap', 'focused'): the
 * text of every range. Highlights are CSS Custom Highlights, not elements, so this reads the registry.
 */
export async function paintedHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const painted: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('kn-ann-')) return;
      const texts: string[] = [];
      // forEach, not spread: the test project's DOM lib has no iterable declarations.
      highlight.forEach((range) => texts.push(range instanceof Range ? range.toString() : ''));
      painted[name.slice('kn-ann-'.length)] = texts;
    });
    return painted;
  });
}

/** Waits until the reader paints a `tag` highlight containing `text`. */
export async function expectPainted(page: Page, tag: string, text: string): Promise<void> {
  await expect
    .poll(async () => ((await paintedHighlights(page))[tag] ?? []).some((painted) => painted.includes(text)))
    .toBe(true);
}

/** Scrolls `text` inside a painted `tag` highlight into view and returns the viewport point at its middle. */
async function pointAtPainted(page: Page, tag: string, text: string): Promise<{ x: number; y: number }> {
  await expectPainted(page, tag, text);
  return page.evaluate(
    ({ name, needle }) => {
      let range: Range | undefined;
      CSS.highlights.forEach((highlight, highlightName) => {
        if (highlightName !== name) return;
        highlight.forEach((item) => {
          if (!range && item instanceof Range && item.toString().includes(needle)) range = item;
        });
      });
      if (!range) throw new Error(`No ${name} highlight with "${needle}"`);
      const start = range.toString().indexOf(needle);
      const word = document.createRange();
      // The needle sits in the range's start node when the highlight is one run of text (as in the tests).
      word.setStart(range.startContainer, range.startOffset + start);
      word.setEnd(range.startContainer, range.startOffset + start + needle.length);
      word.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = word.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    { name: `kn-ann-${tag}`, needle: text },
  );
}

/** Moves the mouse over the middle of `text` inside a painted `tag` highlight. */
export async function hoverPainted(page: Page, tag: string, text: string): Promise<void> {
  const point = await pointAtPainted(page, tag, text);
  await page.mouse.move(point.x, point.y);
}

/** Clicks the middle of `text` inside a painted `tag` highlight, as a user clicks highlighted words. */
export async function clickPainted(page: Page, tag: string, text: string): Promise<void> {
  const point = await pointAtPainted(page, tag, text);
  await page.mouse.click(point.x, point.y);
}
