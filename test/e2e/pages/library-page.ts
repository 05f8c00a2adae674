import { expect, type Locator, type Page } from '@playwright/test';

/** The five seed titles, newest first, as a new user sees them. */
export const SEED_TITLES = [
  'Alibaba Aktie: KI-Strategie zündet',
  'Alibaba investiert in KI und Cloud-Infrastruktur',
  'Architekt der KI-Zukunft steigt auf',
  'Alibaba investiert Milliarden in Cloud- und KI-Offensive',
  'Alibabas Milliardenstrategie: Investition in Wachstum und Innovation',
];

/** Labels that differ between the two UI languages. */
const NAMES = {
  de: {
    articles: 'Artikel',
    chart: 'Kurs und Kursziele',
    levels: 'Kursmarken',
    otherListings: 'Andere Börsenplätze',
  },
  en: {
    articles: 'Articles',
    chart: 'Price and targets',
    levels: 'Price levels',
    otherListings: 'Other listings',
  },
} as const;

/** Page object for the main screen: article list, reader, chart with its level legend, notes. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private language: 'de' | 'en' = 'de',
  ) {}

  /** Opens the app and waits until the library is shown. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.articleOptions()).toHaveCount(SEED_TITLES.length);
  }

  /** Switches the UI language with the header's language switch. */
  async switchLanguage(language: 'de' | 'en'): Promise<void> {
    await this.page.getByRole('radio', { name: language === 'de' ? 'Deutsch' : 'English' }).click();
    this.language = language;
  }

  articleList(): Locator {
    return this.page.getByRole('listbox', { name: NAMES[this.language].articles });
  }

  articleOptions(): Locator {
    return this.articleList().getByRole('option');
  }

  /** The reader's article, named by its title. */
  readerArticle(): Locator {
    return this.page.getByRole('main').getByRole('article');
  }

  readerHeading(): Locator {
    return this.readerArticle().getByRole('heading', { level: 1 });
  }

  chartRegion(): Locator {
    return this.page.getByRole('region', { name: NAMES[this.language].chart });
  }

  /** Legend entries of the levels in the chart's main (USD) listing. */
  levelEntries(): Locator {
    return this.chartRegion().getByRole('list', { name: NAMES[this.language].levels }).getByRole('listitem');
  }

  otherListingEntries(): Locator {
    return this.chartRegion()
      .getByRole('list', { name: NAMES[this.language].otherListings })
      .getByRole('listitem');
  }
}
