// The benchmark harness: drives the web host and bench pages in Chromium and prints one JSON object.
// Figures are medians of several runs; ratios compare two measurements taken in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/browser-options';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 5;
// Own ports, so a web host or e2e server already running on the usual ports does not collide.
const APP_PORT = 4193;
const BENCH_PORT = 4194;
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
  return {
    'chart.setData.tenYearsDaily.bars': result.bars,
    'chart.setData.tenYearsDaily.ms': Math.round(result.tenYearsMs * 100) / 100,
    'chart.setData.tenYearsVsOneYear.ratio': Math.round((result.tenYearsMs / result.oneYearMs) * 100) / 100,
  };
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
  return {
    'export.pdf.50articles500annotations.coldMs': median(cold),
    'export.pdf.50articles500annotations.ms': median(warm),
    'export.pdf.50articles500annotations.bytes': byteCount,
    'export.pdf.50articles500annotations.goal': '<= 3000 ms',
    // pdfmake runs in a Web Worker: the UI thread only builds the dossier and saves the bytes.
    'export.pdf.50articles500annotations.longestMainThreadTaskMs': Math.round(Math.max(0, ...longestTasks)),
    // A main-thread task longer than this is a stutter a user sees (a click that waits, a frozen progress bar).
    'export.pdf.50articles500annotations.longestMainThreadTaskMs.goal': '< 250 ms',
  };
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
  return {
    'reader.render.bare.ms': round(result.bareMs),
    [`reader.render.${result.highlights}highlights.ms`]: round(result.annotatedMs),
    [`reader.render.${result.highlights}highlightsVsBare.ratio`]: round(result.annotatedMs / result.bareMs),
    [`reader.render.${result.highlights}highlightsVsBare.goal`]: '<= 2',
    'annotation.createToPainted.ms': round(result.createMs),
    'annotation.createToPainted.goal': '<= 16 ms',
  };
}

/** The web-host import: 1,000 text articles through the real pipeline (goal ≥ 200/s), a 10,000-row CSV parse (goal ≤ 100 ms). */
async function measureImport(browser: Browser, benchUrl: string) {
  const page = await browser.newPage();
  await page.goto(`${benchUrl}import-bench.html`);
  const result = await page.evaluate(() => window.runImportBench());
  await page.close();
  return {
    'import.articles.txt1000.filesPerSecond': Math.round(result.filesPerSecond),
    'import.articles.txt1000.framesPerSecondDuringImport': Math.round(result.framesPerSecondDuringImport),
    'import.csv.rows10000.parseMs': Math.round(result.csvParseMs * 10) / 10,
  };
}

/** The figure groups; `npm run bench -- annotations chart` runs only the named ones. */
const groups: Record<string, (browser: Browser, benchUrl: string) => Promise<Record<string, unknown>>> = {
  app: async () => {
    const tti = await measureTimeToInteractive();
    return {
      'app.timeToInteractive.firstStart.ms': tti.firstStartMs,
      'app.timeToInteractive.restart.ms': tti.restartMs,
    };
  },
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
    const figures = {};
    for (const [name, measure] of Object.entries(groups)) {
      if (only.length === 0 || only.includes(name)) Object.assign(figures, await measure(browser, benchUrl));
    }
    console.log(JSON.stringify({ runs: RUNS, host: 'web (Chromium)', figures }, null, 2));
  } finally {
    await browser.close();
    await appServer.close();
    await benchServer.close();
  }
}

await main();
