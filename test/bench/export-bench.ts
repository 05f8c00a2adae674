// Times the real PDF export in Chromium (runExport: checks and dossier on the page, then article sections and
// pdfmake's browser build in the same Web Worker the app uses) and the longest task it left on the UI thread.
import { makeAnnotation } from '../../shared/annotations/make-annotation';
import type { Annotation } from '../../shared/model/annotation';
import { articleText, type Article } from '../../shared/model/article';
import type { SaveFileRequest } from '../../shared/ipc-contract';
import { loadBundledSeeds } from '../../renderer/services/bundled-seeds';
import { registerChartSnapshot } from '../../renderer/export/chart-snapshot';
import { runExport } from '../../renderer/export/export-service';
import { initialExportState, useExportStore } from '../../renderer/export/export-store';
import { useAppStore } from '../../renderer/store/app-store';

const TAGS = ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'];

/** `count` articles: the seeds repeated under new ids (same texts, so anchoring does real work). */
function manyArticles(seeds: readonly Article[], count: number): Article[] {
  return Array.from({ length: count }, (_, index) => {
    const seed = seeds[index % seeds.length] as Article;
    return { ...seed, id: `${seed.id}#${index}`, title: `${seed.title} (${index + 1})` };
  });
}

/** `perArticle` annotations per article: 80-code-point passages spread over the text, with short notes. */
function manyAnnotations(articles: readonly Article[], perArticle: number): Annotation[] {
  return articles.flatMap((article, articleIndex) => {
    const text = articleText(article.blocks);
    const length = Array.from(text).length;
    const step = Math.floor((length - 100) / perArticle);
    return Array.from({ length: perArticle }, (_, index) =>
      makeAnnotation({
        id: `bench-${articleIndex}-${index}`,
        articleId: article.id,
        articleText: text,
        startCodePoints: index * step,
        endCodePoints: index * step + 80,
        tags: [TAGS[(articleIndex + index) % TAGS.length] ?? 'risk'],
        note: index % 2 === 0 ? `**Notiz ${index}:** Größe prüfen – *Marge* bei 3 €` : '',
        nowMs: 0,
      }),
    );
  });
}

function drawChart(): HTMLCanvasElement {
  const canvas = document.getElementById('chart') as HTMLCanvasElement;
  const context = canvas.getContext('2d');
  if (context) {
    context.fillStyle = '#e8f0fe';
    context.fillRect(0, 120, 900, 90);
    context.strokeStyle = '#1a5ea8';
    context.beginPath();
    for (let x = 0; x < 900; x += 6) context.lineTo(x, 300 + Math.sin(x / 40) * 80);
    context.stroke();
  }
  return canvas;
}

declare global {
  interface Window {
    runExportBench: (
      articleCount: number,
      annotationCount: number,
    ) => Promise<{ ms: number; longestTaskMs: number; bytes: number; status: string }>;
  }
}

window.runExportBench = async (articleCount, annotationCount) => {
  const articles = manyArticles(loadBundledSeeds().articles, articleCount);
  const annotations = manyAnnotations(articles, Math.round(annotationCount / articleCount));
  useAppStore.setState({ articles, annotations, levels: loadBundledSeeds().levels, language: 'de' });
  useExportStore.setState({
    ...initialExportState,
    options: { ...initialExportState.options, scope: 'all' },
  });
  const canvas = drawChart();
  registerChartSnapshot(() => canvas);
  let bytes = 0;
  let longestTaskMs = 0;
  // Main-thread tasks over 50 ms (the browser's long tasks): what would make the UI stutter during the export.
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  const outcome = await runExport({
    app: () => useAppStore.getState(),
    ui: () => useExportStore.getState(),
    db: null,
    platform: {
      saveFile: (request: SaveFileRequest) => {
        bytes = request.bytes.length;
        return Promise.resolve({ ok: true, value: { saved: true, path: request.suggestedName } });
      },
    },
    nowMs: () => Date.now(),
  });
  const ms = performance.now() - started;
  // Long tasks are reported after they end: let the observer deliver the last ones.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { ms, longestTaskMs, bytes, status: outcome.status };
};
