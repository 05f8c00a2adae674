import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../shared/figures';
import type { Figure, FigureKind, FigureUnit } from '../../../../shared/figures';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { readSeed } from './seed-text';

interface Expected {
  seed: string;
  surface: string;
  kind: FigureKind;
  value: number;
  valueHigh?: number;
  unit: FigureUnit;
  isConsensus?: boolean;
}

// The issue's Done-when list for the five seeds, with the exact spans a reader would mark.
const EXPECTED: Expected[] = [
  { seed: '003', surface: '155,74 US-Dollar', kind: 'quote', value: 155.74, unit: 'USD' },
  { seed: '004', surface: '132,20 Euro', kind: 'quote', value: 132.2, unit: 'EUR' },
  { seed: '002', surface: '194 US-Dollar', kind: 'target', value: 194, unit: 'USD', isConsensus: true },
  { seed: '003', surface: 'rund 205 US-Dollar', kind: 'target', value: 205, unit: 'USD', isConsensus: true },
  { seed: '002', surface: 'etwa 198 US-Dollar', kind: 'fair_value', value: 198, unit: 'USD' },
  { seed: '002', surface: '192 US-Dollar', kind: 'high_52w', value: 192, unit: 'USD' },
  { seed: '002', surface: '150 US-Dollar', kind: 'level', value: 150, unit: 'USD' },
  { seed: '002', surface: 'fast 30 Prozent', kind: 'stated_move', value: 30, unit: 'percent' },
  {
    seed: '003',
    surface: '30 bis 40 Prozent',
    kind: 'stated_move',
    value: 30,
    valueHigh: 40,
    unit: 'percent',
  },
  { seed: '003', surface: '6,39 Prozent', kind: 'price_move', value: 6.39, unit: 'percent' },
  { seed: '004', surface: '1,20 Prozent', kind: 'price_move', value: -1.2, unit: 'percent' },
  { seed: '001', surface: '53 Milliarden US-Dollar', kind: 'amount', value: 53e9, unit: 'USD' },
  { seed: '002', surface: '53 Milliarden US-Dollar', kind: 'amount', value: 53e9, unit: 'USD' },
  { seed: '004', surface: 'rund 54 Milliarden US-Dollar', kind: 'amount', value: 54e9, unit: 'USD' },
  { seed: '003', surface: 'über 50 Milliarden US-Dollar', kind: 'amount', value: 50e9, unit: 'USD' },
  { seed: '001', surface: 'ca. 380 Milliarden Yuan', kind: 'amount', value: 380e9, unit: 'CNY' },
  { seed: '004', surface: 'ca. 380 Milliarden Yuan', kind: 'amount', value: 380e9, unit: 'CNY' },
  { seed: '000', surface: 'rund 3,2 Milliarden US-Dollar', kind: 'amount', value: 3.2e9, unit: 'USD' },
  { seed: '001', surface: 'elf Prozent', kind: 'business_growth', value: 11, unit: 'percent' },
  { seed: '004', surface: '+59,66 %', kind: 'price_move', value: 59.66, unit: 'percent' },
];

const SEEDS = ['000', '001', '002', '003', '004'];

function figuresOf(seed: string): { text: string; figures: Figure[] } {
  const { text } = readSeed(seed);
  return { text, figures: extractFigures(text) };
}

describe('figures in the five seed articles', () => {
  it.each(EXPECTED)('finds $surface in seed $seed as $kind', (expected) => {
    const { text, figures } = figuresOf(expected.seed);
    const match = figures.find(
      (figure) => figure.surface === expected.surface && figure.kind === expected.kind,
    );
    expect(
      match,
      `figures found: ${figures.map((figure) => `${figure.surface}=${figure.kind}`).join(', ')}`,
    ).toBeDefined();
    expect(match!.value).toBeCloseTo(expected.value, 6);
    expect(match!.valueHigh).toBe(expected.valueHigh ?? null);
    expect(match!.unit).toBe(expected.unit);
    expect(sliceCodePoints(text, match!.startCodePoints, match!.endCodePoints)).toBe(expected.surface);
    if (expected.isConsensus !== undefined) expect(match!.qualifiers.isConsensus).toBe(expected.isConsensus);
  });

  it('classifies nothing else in the seeds as a target or a quote', () => {
    const targetsAndQuotes = SEEDS.flatMap((seed) =>
      figuresOf(seed)
        .figures.filter((figure) => figure.kind === 'target' || figure.kind === 'quote')
        .map((figure) => `${seed}:${figure.kind}:${figure.surface}`),
    );
    expect(targetsAndQuotes.sort()).toEqual([
      '002:target:194 US-Dollar',
      '003:quote:155,74 US-Dollar',
      '003:target:rund 205 US-Dollar',
      '004:quote:132,20 Euro',
    ]);
  });

  it('finds every price-relevant figure of the seeds and no other', () => {
    const priceRelevant = SEEDS.flatMap((seed) =>
      figuresOf(seed)
        .figures.filter((figure) => figure.isPriceRelevant)
        .map((figure) => `${seed}:${figure.surface}`),
    );
    const expected = EXPECTED.filter((entry) =>
      ['quote', 'target', 'fair_value', 'high_52w', 'low_52w', 'level', 'stated_move'].includes(entry.kind),
    ).map((entry) => `${entry.seed}:${entry.surface}`);
    expect(priceRelevant.sort()).toEqual(expected.sort());
  });

  it('dates the Friday close from the article date and leaves it open without one', () => {
    const { text } = readSeed('003');
    const dated = extractFigures(text, { articleDate: '2026-01-04' }).find(
      (figure) => figure.kind === 'quote',
    );
    expect(dated?.date).toMatchObject({
      surface: 'am Freitag',
      fromIso: '2026-01-02',
      toIso: '2026-01-02',
      isRelative: true,
    });
    const undated = extractFigures(text).find((figure) => figure.kind === 'quote');
    expect(undated?.date).toMatchObject({ surface: 'am Freitag', fromIso: null, isRelative: true });
  });

  it('gives each figure the sentence it stands in', () => {
    const { text, figures } = figuresOf('003');
    const quote = figures.find((figure) => figure.kind === 'quote')!;
    const sentence = sliceCodePoints(text, quote.sentenceStartCodePoints, quote.sentenceEndCodePoints);
    expect(sentence).toBe(
      'Die Börse reagierte am Freitag deutlich auf diese Entwicklungen: Die Aktie legte um 6,39 Prozent zu und schloss bei 155,74 US-Dollar.',
    );
  });
});
