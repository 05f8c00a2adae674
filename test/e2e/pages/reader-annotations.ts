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
