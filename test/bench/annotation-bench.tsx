// Times the real reader (ReaderPane with the real store) with 300 highlights against the same article bare,
// and the real "create highlight" path (highlightSelection, what the selection toolbar calls) until the new
// highlight is in the DOM and laid out. Runs in Chromium on the bench page; run-bench.ts prints the figures.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { makeAnnotation } from '../../shared/annotations';
import { articleText, type Article } from '../../shared/model/article';
import { TAG_VOCABULARY, type Annotation } from '../../shared/model/annotation';
import { ReaderPane } from '../../renderer/reader/ReaderPane';
import { useAppStore } from '../../renderer/store/app-store';
import { loadBundledSeeds } from '../../renderer/services/bundled-seeds';
import { openDatabase } from '../../renderer/db/database';
import { startAnnotations } from '../../renderer/annotations/services/annotation-runtime';
import { highlightSelection } from '../../renderer/annotations/services/selection-actions';
import { annotationHighlightName } from '../../renderer/annotations/highlight-layer';
import '../../renderer/styles/index.css';

const HIGHLIGHTS = 300;
const TAGS = TAG_VOCABULARY;

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

/**
 * Runs `work` at the start of a frame (in requestAnimationFrame) and resolves with the main-thread time until
 * that frame is painted: script, style, layout and paint all happen in the same frame task, and a message
 * posted from inside it is delivered only after that task (so after paint), without waiting for vsync.
 */
function timeUntilPainted(work: () => void): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const started = performance.now();
      work();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - started);
      channel.port2.postMessage(null);
    });
  });
}

/** Mounts the reader from scratch (what selecting the article does) and times it until painted. */
async function timeReaderMount(root: ReturnType<typeof createRoot>, key: string): Promise<number> {
  flushSync(() => root.render(null));
  await nextFrame();
  const ms = await timeUntilPainted(() => flushSync(() => root.render(<ReaderPane key={key} />)));
  await nextFrame();
  return ms;
}

/**
 * Median mount time of the bare article and of the same article with `highlights`, measured alternately
 * (bare, annotated, bare, …) so both sides see the same machine state and the ratio is stable.
 */
async function timeBareAndAnnotated(
  root: ReturnType<typeof createRoot>,
  highlights: Annotation[],
  runs: number,
): Promise<{ bareMs: number; annotatedMs: number }> {
  const bare: number[] = [];
  const annotated: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    useAppStore.getState().setAnnotations([]);
    bare.push(await timeReaderMount(root, `bare-${run}`));
    useAppStore.getState().setAnnotations(highlights);
    annotated.push(await timeReaderMount(root, `annotated-${run}`));
    // A figure is only worth printing if the highlights were really painted.
    const paintedCount = TAGS.reduce(
      (sum, tag) => sum + (CSS.highlights.get(annotationHighlightName(tag))?.size ?? 0),
      0,
    );
    if (paintedCount !== highlights.length) {
      throw new Error(`The reader painted ${paintedCount} of ${highlights.length} highlights`);
    }
  }
  return { bareMs: median(bare), annotatedMs: median(annotated) };
}

/** How many ranges the reader's 'risk' highlight paints (annotations are CSS highlights, not elements). */
function paintedRiskRanges(): number {
  return CSS.highlights.get(annotationHighlightName('risk'))?.size ?? 0;
}

/** Resolves once `done()` holds, checking after every task (a MessageChannel loop does not wait for frames). */
function whenTrue(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (done() ? resolve() : channel.port2.postMessage(null));
    channel.port2.postMessage(null);
  });
}

/**
 * Calls highlightSelection (what the toolbar does: Dexie write, store, React commit, highlight registered)
 * and times until the new highlight is painted into the registry and the page's style and layout are done.
 */
async function timeCreateHighlight(article: Article, runs: number): Promise<number> {
  const samples: number[] = [];
  const length = Array.from(articleText(article.blocks)).length;
  for (let run = 0; run < runs; run += 1) {
    await nextFrame();
    const start = Math.floor(((run + 0.5) / runs) * (length - 40));
    const before = paintedRiskRanges();
    const started = performance.now();
    void highlightSelection(article, { startCodePoints: start, endCodePoints: start + 20 }, ['risk']);
    await whenTrue(() => paintedRiskRanges() > before);
    void document.body.offsetHeight;
    samples.push(performance.now() - started);
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
  const highlights = makeHighlights(article);

  await timeBareAndAnnotated(root, highlights, 4); // warm-up: JIT, fonts, figure extraction caches
  const { bareMs, annotatedMs } = await timeBareAndAnnotated(root, highlights, 31);

  useAppStore.getState().setAnnotations([]);
  await startAnnotations(openDatabase(`kursnotiz-bench-${Date.now()}`), useAppStore);
  flushSync(() => root.render(<ReaderPane key="create" />));
  const createMs = await timeCreateHighlight(article, 9);
  return { bareMs, annotatedMs, createMs, highlights: HIGHLIGHTS };
};
