import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../../../shared/figures';
import type { FigureKind } from '../../../../shared/figures';
import { utf16ToCodePoint } from '../../../../shared/text/code-points';

/** One labelled sentence of the corpus: the price-relevant figures a reader finds in it. */
export interface CorpusItem {
  id: string;
  text: string;
  expect: { surface: string; kind: FigureKind; occurrence?: number }[];
  /** Address of the public page the sentence was taken from (fresh corpora only). */
  source?: string;
}

/** Precision and recall for price-relevant figures, matched by overlapping span and equal kind. */
export interface CorpusScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Human-readable mismatches, printed when a score drops. */
  mistakes: string[];
  /** The same counts per kind: a miss counts for the label's kind, an extra for the found kind. */
  byKind: Partial<
    Record<FigureKind, { truePositives: number; falsePositives: number; falseNegatives: number }>
  >;
}

/** Reads a JSON-lines corpus from test/fixtures/figures/. */
export function loadCorpus(name: string): CorpusItem[] {
  const path = fileURLToPath(new URL(`../../../fixtures/figures/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
}

function expectedSpan(text: string, surface: string, occurrence: number): [number, number] {
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    index = text.indexOf(surface, index + 1);
    if (index < 0) throw new Error(`corpus label "${surface}" is not in: ${text}`);
  }
  return [utf16ToCodePoint(text, index), utf16ToCodePoint(text, index + surface.length)];
}

/** A price-relevant figure found in a sentence, by the extractor or by a second labeller. */
export interface FoundFigure {
  startCodePoints: number;
  endCodePoints: number;
  kind: FigureKind;
  surface: string;
}

/** The extractor's price-relevant figures in an item's text. */
export function extractorFinds(item: CorpusItem): FoundFigure[] {
  return extractFigures(item.text).filter((figure) => figure.isPriceRelevant);
}

/** Another labelling's labels of the same sentence, as found figures (for agreement between labellers). */
export function labelsAsFound(item: CorpusItem): FoundFigure[] {
  return item.expect.map((label) => {
    const [startCodePoints, endCodePoints] = expectedSpan(item.text, label.surface, label.occurrence ?? 0);
    return { startCodePoints, endCodePoints, kind: label.kind, surface: label.surface };
  });
}

/** Scores what `find` finds in every item (the extractor by default) against the item's labels. */
export function scoreCorpus(
  items: CorpusItem[],
  find: (item: CorpusItem) => FoundFigure[] = extractorFinds,
): CorpusScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const mistakes: string[] = [];
  const byKind: CorpusScore['byKind'] = {};
  const count = (kind: FigureKind, field: 'truePositives' | 'falsePositives' | 'falseNegatives'): void => {
    const entry = (byKind[kind] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 });
    entry[field] += 1;
  };
  for (const item of items) {
    const found = find(item);
    const used = new Set<number>();
    for (const label of item.expect) {
      const [start, end] = expectedSpan(item.text, label.surface, label.occurrence ?? 0);
      const hit = found.findIndex(
        (figure, index) =>
          !used.has(index) &&
          figure.kind === label.kind &&
          figure.startCodePoints < end &&
          start < figure.endCodePoints,
      );
      if (hit >= 0) {
        used.add(hit);
        truePositives += 1;
        count(label.kind, 'truePositives');
      } else {
        falseNegatives += 1;
        count(label.kind, 'falseNegatives');
        mistakes.push(`${item.id} missed ${label.kind} "${label.surface}"`);
      }
    }
    found.forEach((figure, index) => {
      if (used.has(index)) return;
      falsePositives += 1;
      count(figure.kind, 'falsePositives');
      mistakes.push(`${item.id} extra ${figure.kind} "${figure.surface}"`);
    });
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall, mistakes, byKind };
}

/** One line per kind: "quote P 0.950 R 0.900 (tp 9, fp 1, fn 1)". */
export function formatByKind(score: CorpusScore): string {
  return Object.entries(score.byKind)
    .map(([kind, counts]) => {
      const precision = counts.truePositives / Math.max(1, counts.truePositives + counts.falsePositives);
      const recall = counts.truePositives / Math.max(1, counts.truePositives + counts.falseNegatives);
      return `${kind} P ${precision.toFixed(3)} R ${recall.toFixed(3)} (tp ${counts.truePositives}, fp ${counts.falsePositives}, fn ${counts.falseNegatives})`;
    })
    .join('\n  ');
}
