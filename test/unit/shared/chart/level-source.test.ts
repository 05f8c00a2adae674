import { describe, expect, it } from 'vitest';
import { locateSourceSentence } from '../../../../shared/chart/level-source';
import { articleText } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

describe('locateSourceSentence', () => {
  it('quotes the full sentence the 205 USD target comes from', () => {
    const { articles, levels } = makeSeedChartData();
    const level = levels.find((item) => item.id === 'lv-target-205')!;
    const article = articles.find((item) => item.id === level.source.articleId)!;
    const sentence = locateSourceSentence(article, level.source)!;
    expect(sentence.text).toBe(
      'Analysten bleiben vorerst zuversichtlich und rufen ein durchschnittliches Kursziel von rund 205 US-Dollar auf, was ein weiteres Aufwärtspotenzial von 30 bis 40 Prozent impliziert.',
    );
    expect(
      sliceCodePoints(articleText(article.blocks), sentence.startCodePoints, sentence.endCodePoints),
    ).toBe(sentence.text);
  });

  it('re-finds the figure when the stored offsets drifted, and gives null when it is gone', () => {
    const { articles, levels } = makeSeedChartData();
    const level = levels.find((item) => item.id === 'lv-150')!;
    const article = articles.find((item) => item.id === level.source.articleId)!;
    const drifted = { ...level.source, startCodePoints: 3, endCodePoints: 16 };
    const found = locateSourceSentence(article, drifted)!;
    expect(found.figureStartCodePoints).toBe(level.source.startCodePoints);
    expect(found.text).toMatch(/^Um sich auf dem Markt .* 150 US-Dollar nachhaltig halten\.$/);
    expect(
      locateSourceSentence(article, {
        ...level.source,
        startCodePoints: 99999,
        endCodePoints: 99999,
        exact: '777 US-Dollar',
      }),
    ).toBeNull();
  });
});
