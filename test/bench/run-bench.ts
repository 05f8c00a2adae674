// The benchmark harness: drives the web host and bench pages in Chromium and prints one JSON object and a
// table of every figure with its goal. Figures are medians of several runs; ratios compare two measurements
// taken in the same run. A missed goal is printed, not an error: the exit code is 0 (it is a report).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/browser-options';
import { reportObject, reportTable, type Figure } from './bench-report';
import { measureLargeLibrary } from './large-library-bench';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;
// Own ports, so a web host or e2e server already running on the usual ports does not collide; two benches
// on one machine set KURSNOTIZ_BENCH_APP_PORT and KURSNOTIZ_BENCH_PAGES_PORT.
const APP_PORT = Number(process.env.KURSNOTIZ_BENCH_APP_PORT ?? 4193);
const BENCH_PORT = Number(process.env.KURSNOTIZ_BENCH_PAGES_PORT ?? 4194);
const APP_URL = `http://127.0.0.1:${APP_PORT}/`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 10) / 10;
}

/** Time from navigation start to the app's 'kursnotiz:interactive' mark (library and chart shown). */
async function measureTimeToInteractive(): Promise<{ firstStartMs: number; restartMs: number }> {
  const firstStart: number[] = [];
  const restart: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const profile = mkdtempSync(join(tmpdir(), 'kursnotiz-bench-'));
    const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions);
    for (const samples of [firstStart, restart]) {
      const page = await context.newPage();
      await page.goto(APP_URL);
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('kursnotiz:interactive')[0]?.startTime,
        undefined,
        { timeout: 30_000 },
      );
      samples.push((await handle.jsonValue()) as number);
      await page.close();
    }
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return { firstStartMs: median(firstStart), restartMs: median(restart) };
}

async function measureChart(browser: Browser, benchUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}chart-bench.html`);
  const result = await page.evaluate(() => window.runChartBench());
  await page.close();
  const figures: Figure[] = [
    { name: 'chart.setData.tenYearsDaily.bars', value: result.bars, unit: 'bars' },
    {
      name: 'chart.setData.tenYearsDaily.ms',
      value: Math.round(result.tenYearsMs * 100) / 100,
      unit: 'ms',
      goal: { op: '<=', limit: 100 },
      how: 'median of 9',
    },
    {
      name: 'chart.setData.tenYearsVsOneYear.ratio',
      value: Math.round((result.tenYearsMs / result.oneYearMs) * 100) / 100,
      unit: '×',
    },
  ];
  return figures;
}

/** The PDF export of 50 articles with 500 annotations through the real export code and pdfmake (goal ≤ 3 s). */
async function measureExport(browser: Browser, benchUrl: string) {
  const cold: number[] = [];
  const warm: number[] = [];
  const longestTasks: number[] = [];
  let byteCount = 0;
  for (let run = 0; run < 3; run += 1) {
    // A fresh page per run: the first export loads pdfmake and its fonts (cold), the second reuses them (warm).
    const page = await browser.newPage();
    await page.goto(`${benchUrl}export-bench.html`);
    for (const samples of [cold, warm]) {
      const result = await page.evaluate(() => window.runExportBench(50, 500));
      if (result.status !== 'saved') throw new Error(`Export bench did not save: ${result.status}`);
      samples.push(result.ms);
      longestTasks.push(result.longestTaskMs);
      byteCount = result.bytes;
    }
    await page.close();
  }
  const figures: Figure[] = [
    {
      name: 'export.pdf.50articles500annotations.coldMs',
      value: median(cold),
      unit: 'ms',
      how: 'first export of a page',
    },
    {
      name: 'export.pdf.50articles500annotations.ms',
      value: median(warm),
      unit: 'ms',
      goal: { op: '<=', limit: 3000 },
      how: 'median of 3',
    },
    { name: 'export.pdf.50articles500annotations.bytes', value: byteCount, unit: 'bytes' },
    // pdfmake runs in a Web Worker: the UI thread only builds the dossier and saves the bytes. A main-thread
    // task longer than this is a stutter a user sees (a click that waits, a frozen progress bar).
    {
      name: 'export.pdf.50articles500annotations.longestMainThreadTaskMs',
      value: Math.round(Math.max(0, ...longestTasks)),
      unit: 'ms',
      goal: { op: '<=', limit: 250 },
    },
  ];
  return figures;
}

/**
 * The reader with 300 highlights against the same seed article bare, each mounted until its frame is painted,
 * measured alternately (goal ≤ 2×), and the script time from "create highlight" (highlightSelection, as the
 * toolbar) to the highlight registered and laid out (goal ≤ 16 ms).
 */
async function measureAnnotations(browser: Browser, benchUrl: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${benchUrl}annotation-bench.html`);
  const result = await page.evaluate(() => window.runAnnotationBench());
  await page.close();
  const round = (value: number) => Math.round(value * 100) / 100;
  const figures: Figure[] = [
    { name: 'reader.render.bare.ms', value: round(result.bareMs), unit: 'ms', how: 'median of 31' },
    { name: `reader.render.${result.highlights}highlights.ms`, value: round(result.annotatedMs), unit: 'ms' },
    {
      name: `reader.render.${result.highlights}highlightsVsBare.ratio`,
      value: round(result.annotatedMs / result.bareMs),
      unit: '×',
      goal: { op: '<=', limit: 2 },
      how: 'medians, measured alternately',
    },
    {
      name: 'annotation.createToPainted.ms',
      value: round(result.createMs),
      unit: 'ms',
      goal: { op: '<=', limit: 16 },
      how: 'median of 9',
    },
  ];
  return figures;
}

/** The web-host import: 1,000 text articles through the real pipeline (goal ≥ 200/s), a 10,000-row CSV parse (goal ≤ 100 ms). */
async function measureImport(browser: Browser, benchUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}import-bench.html`);
  const result = await page.evaluate(() => window.runImportBench());
  await page.close();
  const figures: Figure[] = [
    {
      name: 'import.articles.txt1000.filesPerSecond',
      value: Math.round(result.filesPerSecond),
      unit: 'files/s',
      goal: { op: '>=', limit: 200 },
    },
    {
      name: 'import.articles.txt1000.framesPerSecondDuringImport',
      value: Math.round(result.framesPerSecondDuringImport),
      unit: 'fps',
    },
    {
      name: 'import.csv.rows10000.parseMs',
      value: Math.round(result.csvParseMs * 10) / 10,
      unit: 'ms',
      goal: { op: '<=', limit: 100 },
      how: 'median of 7',
    },
  ];
  return figures;
}

/**
 * Dexie's bulk write of the 10,000 generated annotations against raw IndexedDB writing the same records to
 * the same store layout, alternately on one page. The ratio is raw time ÷ Dexie time: 1 means Dexie is as
 * fast as raw IndexedDB, higher is better (goal ≥ 0.8).
 */
async function measureStore(browser: Browser, benchUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}store-bench.html`);
  const runs = 7;
  const result = await page.evaluate((count) => window.runStoreBench(count), runs);
  await page.close();
  const figures: Figure[] = [
    {
      name: 'store.bulkWrite.annotations10000.dexie.ms',
      value: Math.round(result.dexieMs),
      unit: 'ms',
      how: `median of ${runs}`,
    },
    {
      name: 'store.bulkWrite.annotations10000.raw.ms',
      value: Math.round(result.rawMs),
      unit: 'ms',
      how: 'same page, alternately',
    },
    {
      name: 'store.bulkWrite.annotations10000.rawVsDexie.ratio',
      value: Math.round((result.rawMs / result.dexieMs) * 100) / 100,
      unit: '×',
      goal: { op: '>=', limit: 0.8 },
      how: 'raw ms ÷ Dexie ms (1 = as fast)',
    },
  ];
  return figures;
}

/** The figure groups; `npm run bench -- annotations chart` runs only the named ones. */
const groups: Record<string, (browser: Browser, benchUrl: string) => Promise<Figure[]>> = {
  app: async () => {
    const tti = await measureTimeToInteractive();
    return [
      {
        name: 'app.timeToInteractive.firstStart.ms',
        value: tti.firstStartMs,
        unit: 'ms',
        how: `five seeds, median of ${RUNS}`,
      },
      {
        name: 'app.timeToInteractive.restart.ms',
        value: tti.restartMs,
        unit: 'ms',
        how: 'five seeds, same browser',
      },
    ];
  },
  large: () => measureLargeLibrary({ appUrl: APP_URL, benchDir: join(root, 'out/bench') }, RUNS),
  store: measureStore,
  chart: measureChart,
  annotations: measureAnnotations,
  export: measureExport,
  import: measureImport,
};
const only = process.argv.slice(2);

async function main(): Promise<void> {
  const unknown = only.filter((name) => !(name in groups));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown bench group(s): ${unknown.join(', ')}; known: ${Object.keys(groups).join(', ')}`,
    );
  }
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: 'inherit' });
  }
  await build({ configFile: join(root, 'build/vite.bench.config.ts') });
  const appServer = await preview({
    configFile: join(root, 'build/vite.renderer.config.ts'),
    logLevel: 'warn',
    preview: { port: APP_PORT, strictPort: true },
  });
  const benchServer = await preview({
    configFile: join(root, 'build/vite.bench.config.ts'),
    preview: { port: BENCH_PORT, strictPort: true },
  });
  const benchUrl = `http://127.0.0.1:${BENCH_PORT}/`;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const figures: Figure[] = [];
    for (const [name, measure] of Object.entries(groups)) {
      if (only.length === 0 || only.includes(name)) figures.push(...(await measure(browser, benchUrl)));
    }
    const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${browser.version()}`;
    const report = reportObject(figures, { runs: RUNS, host: 'web (Chromium)', machine });
    console.log(JSON.stringify(report, null, 2));
    console.log(`\n${reportTable(figures)}\n`);
    const missed = report.missed as string[];
    console.log(
      missed.length === 0 ? 'Every goal is met.' : `GOALS MISSED (${missed.length}): ${missed.join(', ')}`,
    );
  } finally {
    await browser.close();
    await appServer.close();
    await benchServer.close();
  }
}

await main();
