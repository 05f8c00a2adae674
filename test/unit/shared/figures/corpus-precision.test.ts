import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus } from './corpus-score';

const MIN_SCORE = 0.95;

describe('price-relevant figures on the labelled news corpus', () => {
  for (const name of ['corpus-tune.jsonl', 'corpus-heldout.jsonl']) {
    it(`reaches precision and recall of at least ${MIN_SCORE} on ${name}`, () => {
      const items = loadCorpus(name);
      const score = scoreCorpus(items);
      const labels = score.truePositives + score.falseNegatives;
      console.log(
        `${name}: ${items.length} sentences, ${labels} labelled figures — precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}` +
          (score.mistakes.length > 0 ? `\n  ${score.mistakes.join('\n  ')}` : ''),
      );
      expect(items.length).toBeGreaterThan(50);
      expect(score.precision).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(score.recall).toBeGreaterThanOrEqual(MIN_SCORE);
    });
  }
});
