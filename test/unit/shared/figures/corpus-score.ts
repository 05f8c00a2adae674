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

/** Runs the extractor over every item and scores its price-relevant figures against the labels. */
export function scoreCorpus(items: CorpusItem[]): CorpusScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const mistakes: string[] = [];
  for (const item of items) {
    const found = extractFigures(item.text).filter((figure) => figure.isPriceRelevant);
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
      } else {
        falseNegatives += 1;
        mistakes.push(`${item.id} missed ${label.kind} "${label.surface}"`);
      }
    }
    found.forEach((figure, index) => {
      if (used.has(index)) return;
      falsePositives += 1;
      mistakes.push(`${item.id} extra ${figure.kind} "${figure.surface}"`);
    });
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  return { truePositives, falsePositives, falseNegatives, precision, recall, mistakes };
}
