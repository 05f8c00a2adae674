import type { Locator, Page } from '@playwright/test';

/** The search's names in both UI languages (from renderer/i18n/messages/search.ts). */
const NAMES = {
  de: { field: 'Volltextsuche', results: 'Suchergebnisse' },
  en: { field: 'Full-text search', results: 'Search results' },
} as const;

/** Page object for the app bar's full-text search: its field (a combobox) and its result list. */
export class LibrarySearch {
  constructor(
    readonly page: Page,
    private readonly language: 'de' | 'en',
  ) {}

  field(): Locator {
    return this.page.getByRole('combobox', { name: NAMES[this.language].field });
  }

  results(): Locator {
    return this.page.getByRole('listbox', { name: NAMES[this.language].results });
  }

  /** Result options whose text contains every one of `texts` (kind, title, excerpt). */
  result(...texts: string[]): Locator {
    let options = this.results().getByRole('option');
    for (const text of texts) options = options.filter({ hasText: text });
    return options;
  }

  /** Types `query` into the field as a person would, key by key. */
  async search(query: string): Promise<void> {
    await this.field().fill('');
    await this.field().pressSequentially(query);
  }
}
