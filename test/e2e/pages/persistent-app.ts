import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions, WEB_HOST_URL } from '../browser-options';
import { watchConsole, type ConsoleProblems } from '../fixtures';
import { LibraryPage } from './library-page';

/** Opens the app in Chromium on a persistent `profile` (German, 1440×900), watching its console, library shown. */
export async function openPersistentApp(
  profile: string,
  problems: ConsoleProblems,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    baseURL: WEB_HOST_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'de-DE',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  watchConsole(page, problems);
  await new LibraryPage(page).open();
  return { context, page };
}
