// Times the real reader (ReaderPane with the real store) with 300 highlights against the same article bare,
// and the real "create highlight" path (highlightSelection, what the selection toolbar calls) until the new
// highlight is in the DOM and laid out. Runs in Chromium on the bench page; run-bench.ts prints the figures.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { makeAnnotation } from '../../shared/annotations';
import { articleText, type Article } from '../../shared/model/article';
import type { Annotation } from '../../shared/model/annotation';
import { ReaderPane } from '../../renderer/reader/ReaderPane';
import { useAppStore } from '../../renderer/store/app-store';
import { loadBundledSeeds } from '../../renderer/services/bundled-seeds';
import { openDatabase } from '../../renderer/db/database';
import { startAnnotations } from '../../renderer/annotations/services/annotation-runtime';
import { highlightSelection } from '../../renderer/annotations/services/selection-actions';
import '../../renderer/styles/index.css';

const HIGHLIGHTS = 300;
const TAGS = ['bullish', 'bearish', 'risk', 'catalyst', 'question', 'to-check'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** 300 highlights spread over the whole article, 24 code points each, overlapping their neighbours. */
function makeHighlights(article: Article): Annotation[] {
  const text = articleText(article.blocks);
  const length = Array.from(text).length;
  const step = Math.max(1, Math.floor((length - 24) / HIGHLIGHTS));
  return Array.from({ length: HIGHLIGHTS }, (_, index) =>
    makeAnnotation({
      id: `bench-${index}`,
      articleId: article.id,
      articleText: text,
      startCodePoints: index * step,
      endCodePoints: Math.min(length, index * step + 24),
      tags: [TAGS[index % TAGS.length]!],
      note: index % 3 === 0 ? 'Notiz' : '',
      nowMs: 1_763_700_000_000 + index,
    }),
  );
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Mounts the reader from scratch (what selecting the article does) and times render + commit + layout. */
async function timeReaderMount(root: ReturnType<typeof createRoot>, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    flushSync(() => root.render(null));
    await nextFrame();
    const started = performance.now();
    flushSync(() => root.render(<ReaderPane key={run} />));
    void document.body.offsetHeight; // forces style and layout, part of getting the article on screen
    samples.push(performance.now() - started);
    await nextFrame();
  }
  return median(samples);
}

/** Calls highlightSelection and times until the new highlight is in the DOM and laid out. */
async function timeCreateHighlight(article: Article, runs: number): Promise<number> {
  const samples: number[] = [];
  const length = Array.from(articleText(article.blocks)).length;
  for (let run = 0; run < runs; run += 1) {
    await nextFrame();
    const start = Math.floor(((run + 0.5) / runs) * (length - 40));
    const marksBefore = document.querySelectorAll('main mark.ann').length;
    const started = performance.now();
    const painted = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('main mark.ann').length <= marksBefore) return;
        observer.disconnect();
        void document.body.offsetHeight;
        resolve(performance.now() - started);
      });
      observer.observe(document.querySelector('main')!, { childList: true, subtree: true, attributes: true });
    });
    void highlightSelection(article, { startCodePoints: start, endCodePoints: start + 20 }, ['risk']);
    samples.push(await painted);
  }
  return median(samples);
}

declare global {
  interface Window {
    runAnnotationBench: () => Promise<{
      bareMs: number;
      annotatedMs: number;
      createMs: number;
      highlights: number;
    }>;
  }
}

window.runAnnotationBench = async () => {
  const seeds = loadBundledSeeds();
  const article = [...seeds.articles].sort((a, b) => b.blocks.length - a.blocks.length)[0]!;
  const state = useAppStore.getState();
  state.setArticles(seeds.articles);
  state.selectArticle(article.id);
  state.setLevels(seeds.levels);
  const root = createRoot(document.getElementById('root')!);

  await timeReaderMount(root, 3); // warm-up: JIT, fonts, figure extraction caches
  const bareMs = await timeReaderMount(root, 9);
  useAppStore.getState().setAnnotations(makeHighlights(article));
  await timeReaderMount(root, 3);
  const annotatedMs = await timeReaderMount(root, 9);

  useAppStore.getState().setAnnotations([]);
  await startAnnotations(openDatabase(`kursnotiz-bench-${Date.now()}`), useAppStore);
  flushSync(() => root.render(<ReaderPane key="create" />));
  const createMs = await timeCreateHighlight(article, 9);
  return { bareMs, annotatedMs, createMs, highlights: HIGHLIGHTS };
};
