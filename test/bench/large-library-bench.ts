// The large-library figures, measured with the real app (the built renderer on its preview server): two
// persistent profiles, one with the five seeds and one with the generated library loaded through the app's
// own import and storage paths; start-up of both alternately, search over the stored library, and the
// renderer's JS heap after a forced GC.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser-options';
import type { Figure } from './bench-report';

// Bench pages served under the app's origin, so they read and write the same IndexedDB the app does.
const BENCH_PREFIX = '__bench/';
const TIMEOUT_MS = 120_000;

/** Where things are: the app's URL and the folder of the built bench pages. */
export interface LargeLibraryPlaces {
  appUrl: string;
  benchDir: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function openProfile(profile: string, places: LargeLibraryPlaces): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
  await context.route(`${places.appUrl}${BENCH_PREFIX}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(`/${BENCH_PREFIX}`.length);
    return route.fulfill({ path: join(places.benchDir, decodeURIComponent(path)) });
  });
  return context;
}

/** Opens the app and resolves with its time to interactive (navigation start to the app's mark). */
async function openApp(context: BrowserContext, appUrl: string): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('app:', error));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      console.error('app console:', message.text());
  });
  await page.goto(appUrl);
  const handle = await page
    .waitForFunction(() => performance.getEntriesByName('kursnotiz:interactive')[0]?.startTime, undefined, {
      timeout: TIMEOUT_MS,
    })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 500)).catch(() => '?');
      throw new Error(`The app did not become interactive; it shows: ${shown}`, { cause: error });
    });
  return { page, ms: (await handle.jsonValue()) as number };
}

/** Waits until the app's background start-up work (annotations, search index) is done. */
async function waitForBackgroundWork(page: Page): Promise<void> {
  await page.waitForFunction(
    () => performance.getEntriesByName('kursnotiz:search-indexed').length > 0,
    undefined,
    {
      timeout: TIMEOUT_MS,
    },
  );
}

/** The renderer's used JS heap after two forced garbage collections (CDP), in MB. */
async function heapAfterGcMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1024 / 1024;
}

/** Makes `profile` (an empty folder) a profile after the app's first start (the five seeds stored). */
async function makeSeedProfile(profile: string, places: LargeLibraryPlaces): Promise<void> {
  const context = await openProfile(profile, places);
  await openApp(context, places.appUrl);
  await context.close();
}

/** Loads the generated library into `profile` (an empty folder) with the loader page, then starts the app once. */
async function makeLargeProfile(profile: string, places: LargeLibraryPlaces): Promise<Figure[]> {
  const context = await openProfile(profile, places);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('library loader:', error));
  await page.goto(`${places.appUrl}${BENCH_PREFIX}library-loader.html`);
  await page.waitForFunction(() => typeof window.loadLargeLibrary === 'function');
  const report = await page.evaluate(() => window.loadLargeLibrary());
  await page.close();
  // The first start stores the seeds beside the generated library, like a user's first start after an import.
  const { page: app } = await openApp(context, places.appUrl);
  await waitForBackgroundWork(app);
  await context.close();
  return [
    {
      name: 'large.library.articles',
      value: report.articles,
      unit: 'articles',
      how: 'generated; the first start adds the 5 seeds',
    },
    { name: 'large.library.annotations', value: report.annotations, unit: 'annotations' },
    { name: 'large.library.quoteBars', value: report.quoteBars, unit: 'daily bars' },
    {
      name: 'large.load.importArticles.filesPerSecond',
      value: Math.round(report.articles / (report.importArticlesMs / 1000)),
      unit: 'files/s',
      how: '1,000 generated .txt through the web import, once',
    },
    {
      name: 'large.load.importAnnotations.ms',
      value: Math.round(report.importAnnotationsMs),
      unit: 'ms',
      how: '10,000 annotations as one W3C JSON-LD file, once',
    },
  ];
}

/** Start-up of both profiles, alternately (seeds, large, seeds, …): each a fresh browser on the profile. */
async function measureStartUps(
  seedProfile: string,
  largeProfile: string,
  places: LargeLibraryPlaces,
  runs: number,
): Promise<{ seedMs: number; largeMs: number; ratios: number[] }> {
  const seed: number[] = [];
  const large: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    for (const [profile, samples] of [
      [seedProfile, seed],
      [largeProfile, large],
    ] as const) {
      const context = await openProfile(profile, places);
      const { page, ms } = await openApp(context, places.appUrl);
      samples.push(ms);
      // Let start-up's background work finish, so it does not spill into the next launch.
      await waitForBackgroundWork(page);
      await context.close();
    }
    ratios.push(large[run]! / seed[run]!);
  }
  return { seedMs: median(seed), largeMs: median(large), ratios };
}

async function measureHeap(profile: string, places: LargeLibraryPlaces): Promise<number> {
  const context = await openProfile(profile, places);
  const { page } = await openApp(context, places.appUrl);
  await waitForBackgroundWork(page);
  const mb = await heapAfterGcMb(page);
  await context.close();
  return mb;
}

async function measureSearch(profile: string, places: LargeLibraryPlaces, runs: number) {
  const context = await openProfile(profile, places);
  const results = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await context.newPage();
    await page.goto(`${places.appUrl}${BENCH_PREFIX}library-search-bench.html`);
    await page.waitForFunction(() => typeof window.runLibrarySearchBench === 'function');
    results.push(await page.evaluate(() => window.runLibrarySearchBench(500)));
    await page.close();
  }
  await context.close();
  return results;
}

/** Every large-library figure; `runs` start-ups per profile. */
export async function measureLargeLibrary(places: LargeLibraryPlaces, runs: number): Promise<Figure[]> {
  // Made before anything can fail, so the finally block removes them whatever happens.
  const seedProfile = mkdtempSync(join(tmpdir(), 'kursnotiz-bench-seeds-'));
  const largeProfile = mkdtempSync(join(tmpdir(), 'kursnotiz-bench-large-'));
  try {
    await makeSeedProfile(seedProfile, places);
    const load = await makeLargeProfile(largeProfile, places);
    const starts = await measureStartUps(seedProfile, largeProfile, places, runs);
    const search = await measureSearch(largeProfile, places, 3);
    const heapSeedsMb = median([
      await measureHeap(seedProfile, places),
      await measureHeap(seedProfile, places),
    ]);
    const heapLargeMb = median([
      await measureHeap(largeProfile, places),
      await measureHeap(largeProfile, places),
    ]);
    return [
      ...load,
      {
        name: 'large.timeToInteractive.ms',
        value: round(starts.largeMs),
        unit: 'ms',
        goal: { op: '<=', limit: 1000 },
        how: `median of ${runs} restarts`,
      },
      { name: 'large.timeToInteractive.seeds.ms', value: round(starts.seedMs), unit: 'ms', how: 'same run' },
      {
        name: 'large.timeToInteractive.vsSeeds.ratio',
        value: round(starts.largeMs / starts.seedMs, 2),
        unit: '×',
        goal: { op: '<=', limit: 1.5 },
        how: `medians, alternate restarts; per run ${starts.ratios.map((ratio) => ratio.toFixed(2)).join(' ')}`,
      },
      {
        name: 'large.search.p95.ms',
        value: round(median(search.map((result) => result.p95Ms)), 2),
        unit: 'ms',
        goal: { op: '<=', limit: 30 },
        how: `median over ${search.length} pages of the p95 of ${search[0]?.queries ?? 0} varied queries`,
      },
      {
        name: 'large.search.p50.ms',
        value: round(median(search.map((result) => result.p50Ms)), 2),
        unit: 'ms',
        how: `${search[0]?.documents ?? 0} documents, ${round(search[0]?.meanHits ?? 0)} hits per query on average`,
      },
      {
        name: 'large.search.indexBuild.ms',
        value: Math.round(median(search.map((result) => result.indexBuildMs))),
        unit: 'ms',
        how: 'whole library, in one go',
      },
      {
        name: 'large.heapAfterGc.mb',
        value: round(heapLargeMb),
        unit: 'MB',
        how: 'CDP collectGarbage ×2, median of 2',
      },
      { name: 'large.heapAfterGc.seeds.mb', value: round(heapSeedsMb), unit: 'MB', how: 'same run' },
    ];
  } finally {
    rmSync(seedProfile, { recursive: true, force: true });
    rmSync(largeProfile, { recursive: true, force: true });
  }
}
