// Times the real web-host import in Chromium: 1,000 text files through the picker's pipeline (parse,
// batched Dexie transactions, report, store updates) and the parse of a 10,000-row CSV.
import { openDatabase } from '../../renderer/db/database';
import { runImport } from '../../renderer/import/services/import-controller';
import { makeWebImportHost } from '../../renderer/import/services/web-import-host';
import { initialImportState, useImportStore } from '../../renderer/import/import-store';
import { resetAppStore, useAppStore } from '../../renderer/store/app-store';
import { parsePriceCsv } from '../../shared/import/csv';
import { makeYahooPriceCsv } from '../fixtures/factories/price-csv';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** A German news text of a few hundred words, unique per index (so none is a duplicate). */
function makeArticleFile(index: number): File {
  const paragraphs = [
    `Alibaba-Aktie: Meldung Nummer ${index}`,
    `Meldung ${index}: Die Aktie des chinesischen Konzerns Alibaba legte am Freitag um ${(index % 9) + 1},4 Prozent zu. Händler in Frankfurt verwiesen auf „überraschend starke“ Zahlen aus dem Cloud-Geschäft.`,
    'Für deutsche Privatanleger kostet ein Papier derzeit rund 142 € – so viel wie zuletzt im Frühjahr. Die Großbank UBS sieht weiteres Potenzial und nennt ein Kursziel von 205 Dollar.',
    'Analysten verweisen auf die Investitionen in KI und Rechenzentren, die in den kommenden drei Jahren mehr als 380 Milliarden Yuan betragen sollen. Risiken bleiben: der Wettbewerb im Handel und die Regulierung.',
  ];
  return new File([paragraphs.join('\n\n')], `meldung-${index}.txt`, { type: 'text/plain', lastModified: 0 });
}

/** Counts animation frames while the import runs: a frozen UI would show (almost) none. */
function countFrames(): () => number {
  let frames = 0;
  let isRunning = true;
  const tick = () => {
    frames += 1;
    if (isRunning) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    isRunning = false;
    return frames;
  };
}

async function importThousandArticles(fileCount: number) {
  resetAppStore();
  useImportStore.setState(initialImportState);
  const db = openDatabase(`kursnotiz-import-bench-${Date.now()}`);
  const files = Array.from({ length: fileCount }, (_unused, index) => makeArticleFile(index));
  const stopFrames = countFrames();
  const started = performance.now();
  const outcomes = await runImport(
    { db, appStore: useAppStore, importStore: useImportStore },
    makeWebImportHost().parseFiles(files),
  );
  const elapsedMs = performance.now() - started;
  const frames = stopFrames();
  const stored = await db.articles.count();
  db.close();
  await db.delete();
  const statuses = [
    ...new Set(outcomes.map((line) => (line.status === 'rejected' ? line.rejection.code : line.status))),
  ].join(', ');
  return {
    elapsedMs,
    frames,
    stored,
    statuses,
    imported: outcomes.filter((line) => line.status === 'imported').length,
  };
}

declare global {
  interface Window {
    runImportBench: () => Promise<{
      files: number;
      filesPerSecond: number;
      stored: number;
      framesPerSecondDuringImport: number;
      csvRows: number;
      csvParseMs: number;
    }>;
  }
}

window.runImportBench = async () => {
  const fileCount = 1_000;
  const run = await importThousandArticles(fileCount);
  if (run.imported !== fileCount || run.stored !== fileCount)
    throw new Error(`imported ${run.imported}, stored ${run.stored} of ${fileCount} (${run.statuses})`);
  const csvBytes = new TextEncoder().encode(makeYahooPriceCsv(10_000));
  const samples: number[] = [];
  let rows = 0;
  for (let sample = 0; sample < 7; sample += 1) {
    const started = performance.now();
    const preview = parsePriceCsv(csvBytes, 'synthetic-10000.csv');
    samples.push(performance.now() - started);
    if (!preview.ok) throw new Error(preview.error.message);
    rows = preview.stats.barsKept;
  }
  return {
    files: fileCount,
    filesPerSecond: fileCount / (run.elapsedMs / 1000),
    stored: run.stored,
    framesPerSecondDuringImport: run.frames / (run.elapsedMs / 1000),
    csvRows: rows,
    csvParseMs: median(samples),
  };
};
