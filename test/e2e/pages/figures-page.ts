import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for figures: the marks and figure buttons in the reader, the suggestion popover, the Checks view. */
export class FiguresPage {
  constructor(readonly page: Page) {}

  /** The dotted mark of a figure in the reader's text. */
  mark(surface: string): Locator {
    return this.page.getByRole('main').locator('mark.figure-mark', { hasText: surface });
  }

  /** The reader's button for a figure ("Zahl 230 US-Dollar: Kursziel"). */
  figureButton(surface: string, kind: string): Locator {
    return this.page.getByRole('button', { name: `Zahl ${surface}: ${kind}`, exact: true });
  }

  popover(surface: string): Locator {
    return this.page.getByRole('dialog', { name: `Erkannte Zahl: ${surface}` });
  }

  /** The compact checks line in the chart pane. */
  summary(): Locator {
    return this.page.getByRole('region', { name: 'Kurs und Kursziele' }).getByText(/^\d+ Prüfungen: /u);
  }

  checksView(): Locator {
    return this.page.getByRole('dialog', { name: 'Prüfungen' });
  }

  async openChecks(): Promise<void> {
    await this.page.getByRole('button', { name: 'Prüfungen anzeigen' }).click();
    await expect(this.checksView()).toBeVisible();
  }

  /** The check whose heading or lines contain `text`. */
  check(text: string | RegExp): Locator {
    return this.checksView().locator('ol > li').filter({ hasText: text });
  }

  /** The check's link to the passage of `surface` in the article titled `title`. */
  passageLink(check: Locator, surface: string, title: string): Locator {
    return check
      .getByRole('listitem')
      .filter({ hasText: title })
      .getByRole('button', { name: `Zur Textstelle „${surface}“`, exact: true });
  }
}
