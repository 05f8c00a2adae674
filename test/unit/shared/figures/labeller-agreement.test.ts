import { describe, expect, it } from 'vitest';
import { formatByKind, labelsAsFound, loadCorpus, scoreCorpus } from './corpus-score';
import type { CorpusItem } from './corpus-score';

// Two separate labellers labelled the same sentences from LABELLING.md alone, without seeing each other's labels
// (test/fixtures/figures/agreement/). If they agree, the rules are clear enough to score the extractor against one
// labeller; an edit to the rules or labels that makes them disagree shows here.
const MIN_AGREEMENT = 0.95;
const PAIRS = [
  { first: 'corpus-heldout-21.jsonl', second: 'agreement/corpus-heldout-21.second.jsonl' },
  { first: 'corpus-heldout-23.jsonl', second: 'agreement/corpus-heldout-23.second.jsonl' },
];

describe('agreement of two labellers on the same sentences', () => {
  for (const { first, second } of PAIRS) {
    it(`the second labelling of ${first} agrees with the first at ${MIN_AGREEMENT} or more`, () => {
      const firstItems = loadCorpus(first);
      const secondById = new Map(loadCorpus(second).map((item) => [item.id, item]));
      expect([...secondById.keys()]).toEqual(firstItems.map((item) => item.id));
      const score = scoreCorpus(firstItems, (item) => labelsAsFound(secondById.get(item.id) as CorpusItem));
      console.log(
        `${second} against ${first}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}\n  ` +
          formatByKind(score) +
          (score.mistakes.length > 0 ? `\n  ${score.mistakes.join('\n  ')}` : ''),
      );
      expect(score.truePositives).toBeGreaterThan(100);
      expect(score.precision).toBeGreaterThanOrEqual(MIN_AGREEMENT);
      expect(score.recall).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    });
  }
});
