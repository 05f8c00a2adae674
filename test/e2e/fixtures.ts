import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/** Console errors and uncaught page errors seen during one test. */
export interface ConsoleProblems {
  messages: string[];
}

/** Starts collecting console errors and page errors of `page`. */
export function watchConsole(page: Page, problems: ConsoleProblems): void {
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.messages.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.messages.push(`page error: ${error.message}`));
}

/** The e2e test with a fixture that fails any test whose page logged an error. */
export const test = base.extend<{ consoleProblems: ConsoleProblems }>({
  // Automatic: every test that opens `page` fails when the app logged an error.
  consoleProblems: [
    async ({ page }, use) => {
      const problems: ConsoleProblems = { messages: [] };
      watchConsole(page, problems);
      await use(problems);
      expect(problems.messages, 'the app logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
