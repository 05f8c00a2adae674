import { readFileSync, readdirSync } from 'node:fs';
import { makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { DEFAULT_EXPORT_OPTIONS, type DossierSource, type ExportOptions } from '../../../../shared/export';
import type { Annotation } from '../../../../shared/model/annotation';
import { articleText, type Article } from '../../../../shared/model/article';
import { buildSeedLibrary, type SeedLibrary } from '../../../../shared/seeds/seed-library';
import type { SeedManifest } from '../../../../shared/seeds/seed-manifest';
import { runNarrativeChecks } from '../../../../shared/figures/checks';

const seedsDir = new URL('../../../../seeds/', import.meta.url);

/** The five bundled seed articles and their levels, read from seeds/ as the app bundles them. */
export function loadSeedLibrary(): SeedLibrary {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', seedsDir), 'utf8')) as SeedManifest;
  const names = readdirSync(seedsDir).filter((name) => name.endsWith('.txt'));
  const texts = Object.fromEntries(
    names.map((name) => [name, readFileSync(new URL(name, seedsDir), 'utf8')]),
  );
  return buildSeedLibrary(manifest, texts);
}

const TAGS = [['bullish'], ['bearish'], ['risk', 'Cloud'], ['catalyst'], ['question'], ['to-check']];
const NOTES = [
  'Wachstum **stärker** als erwartet – Kursziel prüfen.',
  '*Vorsicht:* Margendruck im Kerngeschäft, „Preiskampf“ mit PDD.',
  '- Risiko 1: Regulierung\n- Risiko 2: Exportkontrollen für Chips',
  'Quelle gegenprüfen: [Geschäftsbericht](https://www.alibabagroup.com/en-US/ir-reports) – 3,2 Mrd. €?',
  'Wie groß ist der Anteil der Cloud am Umsatz? Größenordnung ≈ 12 %.',
  '',
];

/** A passage of `article`: a whole word run of 60–140 characters from block `blockIndex` (falls back to the first). */
function passageRange(article: Article, blockIndex: number): [number, number] {
  const text = articleText(article.blocks);
  const block = article.blocks[blockIndex] ?? article.blocks[0];
  if (!block) throw new Error(`Seed ${article.id} has no text`);
  const startUtf16 = text.indexOf(block.text);
  const cut = block.text.length <= 140 ? block.text.length : block.text.lastIndexOf(' ', 140);
  const startCp = Array.from(text.slice(0, startUtf16)).length;
  return [startCp, startCp + Array.from(block.text.slice(0, Math.max(cut, 20))).length];
}

/** A dozen annotations on the seeds (tags of every kind, notes with umlauts and Markdown) plus one orphan. */
export function seedAnnotations(articles: readonly Article[]): Annotation[] {
  const annotations: Annotation[] = [];
  let n = 0;
  for (const article of articles) {
    for (const blockIndex of [1, 3, 5]) {
      if (annotations.length >= 12) break;
      const [start, end] = passageRange(article, blockIndex);
      if (annotations.some((a) => a.articleId === article.id && a.position.start === start)) continue;
      annotations.push(
        makeAnnotation({
          id: `ann-${n}`,
          articleId: article.id,
          articleText: articleText(article.blocks),
          startCodePoints: start,
          endCodePoints: end,
          tags: TAGS[n % TAGS.length],
          note: NOTES[n % NOTES.length] ? `${NOTES[n % NOTES.length]} (Nr. ${n})` : '',
          nowMs: 1_700_000_000_000 + n,
        }),
      );
      n += 1;
    }
  }
  const first = annotations[0];
  if (!first) throw new Error('No seed annotation');
  const orphanQuote = 'Dieser Satz über Großaktionäre stand früher im Artikel';
  annotations.push({
    ...first,
    id: 'ann-orphan',
    quote: { type: 'TextQuoteSelector', exact: orphanQuote, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 5, end: 5 + orphanQuote.length },
    tags: ['risk'],
    note: 'Verwaiste Notiz: Überprüfung nötig.',
  });
  return annotations;
}

/** A DossierSource over the seeds with `options` overriding the defaults. */
export function seedSource(
  options: Partial<ExportOptions> = {},
  chartPngDataUrl: string | null = null,
): DossierSource {
  const library = loadSeedLibrary();
  const checks = runNarrativeChecks(
    library.articles.map((article) => ({
      id: article.id,
      title: article.title,
      publishedOn: article.publishedOn,
      text: articleText(article.blocks),
    })),
  );
  return {
    articles: library.articles,
    annotations: seedAnnotations(library.articles),
    levels: library.levels,
    quoteSeries: null,
    checks,
    currentArticleId: library.articles[0]?.id ?? null,
    options: { ...DEFAULT_EXPORT_OPTIONS, ...options },
    chartPngDataUrl,
    createdAtMs: Date.UTC(2026, 10, 21, 12),
  };
}
