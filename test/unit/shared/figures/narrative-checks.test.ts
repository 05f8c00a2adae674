import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../shared/figures';
import { collectFigures, runNarrativeChecks, statedInterval } from '../../../../shared/figures/checks';
import type {
  CheckArticle,
  PassageRef,
  SameQuantityCheck,
  StatedMoveCheck,
  TargetConsensusCheck,
} from '../../../../shared/figures/checks';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { readSeed, readSeedManifest } from './seed-text';

function seedArticles(): CheckArticle[] {
  return readSeedManifest().articles.map((entry) => ({
    id: `seed:${entry.file.slice(0, 3)}`,
    title: entry.title,
    publishedOn: entry.publishedOn,
    text: readSeed(entry.file.slice(0, 3)).text,
  }));
}

function textAt(articles: CheckArticle[], passage: PassageRef): string {
  const article = articles.find((candidate) => candidate.id === passage.articleId)!;
  return sliceCodePoints(article.text, passage.startCodePoints, passage.endCodePoints);
}

describe('narrative checks on the seed articles', () => {
  const articles = seedArticles();
  const results = runNarrativeChecks(articles);
  const statedMoves = results.filter(
    (result): result is StatedMoveCheck => result.type === 'stated_vs_computed',
  );

  it('finds 205 with 30 to 40 % consistent with the last close 155.74 (+31.6 %)', () => {
    const check = statedMoves.find((result) => result.target.value === 205)!;
    expect(check.verdict).toBe('consistent');
    expect(check.quote?.value).toBe(155.74);
    expect(check.quote?.date).toBe('2026-01-02');
    expect(check.computedMovePercent).toBeCloseTo(31.63, 1);
    expect(check.statedMove.surface).toBe('30 bis 40 Prozent');
    expect(check.summary).toContain('+31.6 %');
  });

  it('says which price the 194 target with "fast 30 Prozent" must have assumed: about 149, the 150 mark', () => {
    const check = statedMoves.find((result) => result.target.value === 194)!;
    // The close 155.74 (2 Jan 2026) is later than the article (30 Dec 2025): another reference price.
    expect(check.verdict).toBe('other_reference');
    expect(check.articleDate).toBe('2025-12-30');
    expect(check.computedMovePercent).toBeCloseTo(24.57, 1);
    expect(check.impliedBaseCentral).toBeCloseTo(149.23, 1);
    expect(check.impliedBaseLow).toBeLessThanOrEqual(150);
    expect(check.impliedBaseHigh).toBeGreaterThanOrEqual(150);
    expect(check.assumedPrice).toMatchObject({
      articleId: 'seed:002',
      surface: '150 US-Dollar',
      kind: 'level',
      value: 150,
    });
    expect(check.summary).toContain('149.23');
  });

  it('links every stated-move result to both passages (target and stated move) and the quote it used', () => {
    for (const check of statedMoves) {
      expect(check.passages.map((passage) => textAt(articles, passage))).toEqual([
        check.target.surface,
        check.statedMove.surface,
        '155,74 US-Dollar',
      ]);
      expect(check.passages[0]!.articleId).toBe(check.statedMove.articleId);
    }
  });

  it('reports 53 versus 54 billion USD as the same plan stated differently, with "über 50" in the cluster', () => {
    const usd = results.find(
      (result): result is SameQuantityCheck => result.type === 'same_quantity' && result.unit === 'USD',
    )!;
    expect(usd.isDisagreement).toBe(true);
    expect(usd.members.map((member) => `${member.articleId}:${member.surface}`).sort()).toEqual([
      'seed:001:53 Milliarden US-Dollar',
      'seed:002:53 Milliarden US-Dollar',
      'seed:002:53 Milliarden US-Dollar',
      'seed:003:über 50 Milliarden US-Dollar',
      'seed:004:rund 54 Milliarden US-Dollar',
    ]);
    expect(usd.conflicts).toHaveLength(1);
    const [conflict] = usd.conflicts;
    expect([conflict!.valueA, conflict!.valueB]).toEqual([53e9, 54e9]);
    expect(textAt(articles, conflict!.a)).toBe('53 Milliarden US-Dollar');
    expect(textAt(articles, conflict!.b)).toBe('rund 54 Milliarden US-Dollar');
    expect(conflict!.b.articleId).toBe('seed:004');
  });

  it('treats "über 50 Milliarden" as a lower bound that 53 and 54 keep', () => {
    const usd = results.find(
      (result): result is SameQuantityCheck => result.type === 'same_quantity' && result.unit === 'USD',
    )!;
    const over = usd.members.find((member) => member.bound === 'at_least')!;
    expect(over.surface).toBe('über 50 Milliarden US-Dollar');
    expect(over.isBoundMet).toBe(true);
    expect(usd.conflicts.every((conflict) => conflict.valueA !== 50e9 && conflict.valueB !== 50e9)).toBe(
      true,
    );
  });

  it('keeps the 380 billion yuan statements together and agreeing, and leaves the 3.2 billion bond alone', () => {
    const clusters = results.filter((result): result is SameQuantityCheck => result.type === 'same_quantity');
    const yuan = clusters.find((result) => result.unit === 'CNY')!;
    expect(yuan.isDisagreement).toBe(false);
    expect(new Set(yuan.members.map((member) => member.articleId))).toEqual(
      new Set(['seed:001', 'seed:004']),
    );
    expect(clusters.flatMap((result) => result.members).some((member) => member.value === 3.2e9)).toBe(false);
  });

  it('summarises the targets: lowest 194, highest 205, mean 199.5, +28.1 % from 155.74, with sources and dates', () => {
    const consensus = results.find(
      (result): result is TargetConsensusCheck => result.type === 'target_consensus',
    )!;
    expect([consensus.lowest, consensus.highest, consensus.mean]).toEqual([194, 205, 199.5]);
    expect(consensus.impliedMoveToMeanPercent).toBeCloseTo(28.1, 1);
    expect(consensus.impliedMoveToLowestPercent).toBeCloseTo(24.57, 1);
    expect(
      consensus.targets.map((target) => [target.articleId, target.publishedOn, target.isConsensus]),
    ).toEqual([
      ['seed:002', '2025-12-30', true],
      ['seed:003', '2026-01-04', true],
    ]);
  });
});

describe('stated-move rules', () => {
  const article = (text: string, publishedOn = '2026-01-05'): CheckArticle => ({
    id: 'a',
    title: 'T',
    publishedOn,
    text,
  });

  it('reads the wording of a stated move as an interval', () => {
    const [fast] = extractFigures(
      'Das Kursziel von 50 Euro bietet ein Aufwärtspotenzial von fast 30 Prozent.',
    ).filter((figure) => figure.kind === 'stated_move');
    expect(statedInterval(fast!)).toEqual([27, 30]);
    const [range] = extractFigures('Ein Aufwärtspotenzial von 30 bis 40 Prozent.').filter(
      (figure) => figure.kind === 'stated_move',
    );
    expect(statedInterval(range!)).toEqual([30, 40]);
  });

  it('checks a downside against the quote and pairs a move stated in the next sentence', () => {
    const text =
      'Die Aktie schloss bei 25 Euro. Barclays senkt das Kursziel auf 22 Euro. Das entspricht einem Abwärtspotenzial von 12 Prozent.';
    const [check] = runNarrativeChecks([article(text)]).filter(
      (result): result is StatedMoveCheck => result.type === 'stated_vs_computed',
    );
    expect(check?.computedMovePercent).toBeCloseTo(-12, 5);
    expect(check?.verdict).toBe('consistent');
    expect(check?.statedMove.surface).toBe('12 Prozent');
  });

  it('says no_quote when no price in the target currency is known, and accepts a quote from the chart', () => {
    const text = 'Das Kursziel liegt bei 60 Euro, ein Aufwärtspotenzial von 20 Prozent.';
    const figures = collectFigures([article(text)]);
    const [withoutQuote] = runNarrativeChecks([article(text)], { figures });
    expect(withoutQuote).toMatchObject({
      type: 'stated_vs_computed',
      verdict: 'no_quote',
      computedMovePercent: null,
    });
    const [withChart] = runNarrativeChecks([article(text)], {
      figures,
      quoteFor: (unit) => (unit === 'EUR' ? { value: 50, unit, date: '2026-01-05', passage: null } : null),
    });
    expect(withChart).toMatchObject({ verdict: 'consistent', computedMovePercent: 20 });
  });

  it('calls a miss against a close dated after the article "other reference price", not a contradiction', () => {
    const text = 'Das Kursziel liegt bei 60 Euro, ein Aufwärtspotenzial von 20 Prozent.';
    const quoteOn = (date: string | null) => ({
      quoteFor: (unit: string) =>
        unit === 'EUR' ? { value: 40, unit: 'EUR' as const, date, passage: null } : null,
    });
    const [later] = runNarrativeChecks([article(text, '2026-01-05')], quoteOn('2026-01-20'));
    expect(later).toMatchObject({ verdict: 'other_reference', articleDate: '2026-01-05' });
    expect((later as StatedMoveCheck).computedMovePercent).toBeCloseTo(50, 5);
    expect((later as StatedMoveCheck).summary).toContain('another reference price');
    const [sameDay] = runNarrativeChecks([article(text, '2026-01-05')], quoteOn('2026-01-05'));
    expect(sameDay).toMatchObject({ verdict: 'inconsistent' });
    const [undated] = runNarrativeChecks([article(text, '2026-01-05')], quoteOn(null));
    expect(undated).toMatchObject({ verdict: 'inconsistent' });
  });
});

describe('same-quantity bounds', () => {
  const plan = (id: string, amount: string): CheckArticle => ({
    id,
    title: 'Investitionsplan',
    publishedOn: '2026-01-05',
    text: `Der Konzern plant Investitionen von ${amount} in Rechenzentren, Netze und eigene Chips.`,
  });

  it('keeps "über 50 Milliarden" consistent with 53 and 54, and the 53/54 difference as the only conflict', () => {
    const articles = [
      plan('a', 'über 50 Milliarden US-Dollar'),
      plan('b', '53 Milliarden US-Dollar'),
      plan('c', '54 Milliarden US-Dollar'),
    ];
    const [check] = runNarrativeChecks(articles).filter(
      (result): result is SameQuantityCheck => result.type === 'same_quantity',
    );
    expect(check?.members.find((member) => member.articleId === 'a')?.isBoundMet).toBe(true);
    expect(check?.conflicts.map((conflict) => [conflict.valueA, conflict.valueB])).toEqual([[53e9, 54e9]]);
  });

  it('reports an exact amount that breaks a stated bound', () => {
    const articles = [plan('a', 'über 60 Milliarden US-Dollar'), plan('b', '53 Milliarden US-Dollar')];
    const [check] = runNarrativeChecks(articles).filter(
      (result): result is SameQuantityCheck => result.type === 'same_quantity',
    );
    expect(check?.members.find((member) => member.articleId === 'a')?.isBoundMet).toBe(false);
    expect(check?.isDisagreement).toBe(true);
    expect(check?.conflicts.map((conflict) => [conflict.valueA, conflict.valueB])).toEqual([[60e9, 53e9]]);
  });

  it('does not chain amounts of a large library into one group: a group spans at most 25 %', () => {
    // Each amount is within 25 % of the next, so links alone would chain 40 to 100 billion into one group
    // in which every pair reads as a disagreement.
    const amounts = [40, 48, 57, 68, 81, 97, 100];
    const articles = amounts.map((amount, index) => plan(`p${index}`, `${amount} Milliarden US-Dollar`));
    const groups = runNarrativeChecks(articles).filter(
      (result): result is SameQuantityCheck => result.type === 'same_quantity',
    );
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const values = group.members.map((member) => member.value);
      expect(Math.max(...values) / Math.min(...values)).toBeLessThanOrEqual(1.25);
    }
    const conflicts = groups.flatMap((group) => group.conflicts);
    expect(conflicts.every((conflict) => Math.abs(conflict.valueB / conflict.valueA - 1) <= 0.25)).toBe(true);
    expect(conflicts.map((conflict) => [conflict.valueA, conflict.valueB])).toContainEqual([97e9, 100e9]);
  });
});
