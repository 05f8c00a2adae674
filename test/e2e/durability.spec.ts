import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, test, type ConsoleProblems } from './fixtures';
import { openPersistentApp } from './pages/persistent-app';
import { SEED_TITLES } from './pages/library-page';

// Durability as a user would put it: whatever the app said was saved is still there after the computer
// lost power. Here the browser is killed with SIGKILL (no shutdown, no flush) in the middle of a burst of
// annotation writes; after a restart on the same profile every acknowledged annotation must be back.

const BURST = 300;

/**
 * Highlights the reader's words one after another, as fast as the keyboard handler takes them: for each
 * word a selection, then Alt+1 (the first tag) on the reader. Returns the highlighted words in order.
 */
function startBurst(page: Page, count: number): Promise<string[]> {
  return page.evaluate((total) => {
    const reader = document.querySelector<HTMLElement>('main article');
    if (!reader) throw new Error('no article in the reader');
    const words: Range[] = [];
    const walker = document.createTreeWalker(
      reader.querySelector('.reader__body') ?? reader,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node && words.length < total; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/\p{L}{4,}/gu)) {
        if (words.length >= total) break;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        words.push(range);
      }
    }
    const quotes: string[] = [];
    for (const range of words) {
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      quotes.push(range.toString());
      reader.dispatchEvent(
        new KeyboardEvent('keydown', {
          key: '1',
          code: 'Digit1',
          altKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    return quotes;
  }, count);
}

/** SIGKILLs every process whose command line names `profile` (the browser and its children); returns how many. */
function killProcessesUsing(profile: string): number {
  let killed = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    let commandLine: string;
    try {
      commandLine = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    if (!commandLine.includes(profile)) continue;
    try {
      process.kill(Number(entry), 'SIGKILL');
      killed += 1;
    } catch {
      // exited meanwhile
    }
  }
  return killed;
}

/** The acknowledged count the notes pane's save state shows ("12 gespeichert, …"), or null. */
async function acknowledged(page: Page): Promise<number | null> {
  const text = (await page.getByRole('status', { name: 'Speicherstand' }).textContent()) ?? '';
  const match = /(\d+)\s+gespeichert|gespeichert \((\d+)\)/u.exec(text);
  return match ? Number(match[1] ?? match[2]) : null;
}

test('every annotation the app acknowledged survives a hard kill of the browser during a write burst', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'kursnotiz-durability-'));
  const problems: ConsoleProblems = { messages: [] };
  try {
    const first = await openPersistentApp(profile, problems);
    await first.page
      .getByRole('listbox', { name: 'Artikel' })
      .getByRole('option')
      .filter({ hasText: SEED_TITLES[3]! })
      .click();
    const quotes = await startBurst(first.page, BURST);
    expect(quotes.length).toBeGreaterThan(100);

    // Kill as soon as a few writes are acknowledged, while most are still queued.
    let saved = 0;
    await expect
      .poll(async () => (saved = (await acknowledged(first.page)) ?? 0), { intervals: [10] })
      .toBeGreaterThanOrEqual(5);
    const savedAtKill = (await acknowledged(first.page)) ?? saved;
    expect(killProcessesUsing(profile)).toBeGreaterThan(0);
    await first.context.close().catch(() => undefined);
    test.info().annotations.push({
      type: 'burst',
      description: `${quotes.length} highlights started; ${savedAtKill} acknowledged when the browser was killed`,
    });
    console.log(`durability: ${savedAtKill} of ${quotes.length} acknowledged at the kill`);

    const second = await openPersistentApp(profile, problems);
    await second.page
      .getByRole('listbox', { name: 'Artikel' })
      .getByRole('option')
      .filter({ hasText: SEED_TITLES[3]! })
      .click();
    const stored = await second.page.evaluate(async () => {
      const request = indexedDB.open('kursnotiz');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const all = await new Promise<{ quote: { exact: string }; createdAtMs: number }[]>(
        (resolve, reject) => {
          const read = db.transaction('annotations').objectStore('annotations').getAll();
          read.onsuccess = () => resolve(read.result as { quote: { exact: string }; createdAtMs: number }[]);
          read.onerror = () => reject(new Error(String(read.error)));
        },
      );
      db.close();
      return all.map((annotation) => annotation.quote.exact);
    });
    console.log(`durability: ${stored.length} stored after the restart`);
    // Writes commit in the order they were made: the first `savedAtKill` highlights must all be stored.
    expect(stored.length).toBeGreaterThanOrEqual(savedAtKill);
    const missing = quotes.slice(0, savedAtKill).filter((quote, index) => {
      const before = quotes.slice(0, index).filter((earlier) => earlier === quote).length;
      return stored.filter((kept) => kept === quote).length <= before;
    });
    expect(missing).toEqual([]);
    // …and the notes pane shows them, not only the database.
    await expect(second.page.locator('.ann-notes__list > li')).toHaveCount(stored.length);
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  // The killed page cannot log after its death; the restarted one must not have logged anything.
  expect(problems.messages).toEqual([]);
});
