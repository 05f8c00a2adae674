// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearAnnotationHighlights,
  innermostAnnotationAt,
  paintAnnotationHighlights,
  type PaintedAnnotation,
} from '../../../../renderer/annotations/highlight-layer';
import type { TagModifier } from '../../../../renderer/annotations/tag-style';

const TEXT = 'Alibaba hebt das Kursziel auf 205 Dollar an, trotz Risiken in China.';

/** jsdom has no CSS Custom Highlight API: a minimal stand-in with the same shape (a set of ranges + priority). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

function annotation(id: string, quote: string, modifier: TagModifier): PaintedAnnotation {
  const start = TEXT.indexOf(quote);
  return { id, startCodePoints: start, endCodePoints: start + quote.length, modifier };
}

/** The text of every range each highlight paints. */
function painted(registry: Map<string, FakeHighlight>): Record<string, string[]> {
  return Object.fromEntries(
    [...registry].map(([name, highlight]) => [
      name,
      [...highlight].map((range) => (range as Range).toString()),
    ]),
  );
}

describe('paintAnnotationHighlights', () => {
  const registry = new Map<string, FakeHighlight>();
  let container: HTMLElement;
  beforeEach(() => {
    Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: registry } });
    container = document.createElement('div');
    container.innerHTML = `<p data-block-start="0">${TEXT}</p>`;
    document.body.replaceChildren(container);
  });
  afterEach(() => {
    registry.clear();
    Reflect.deleteProperty(globalThis, 'CSS');
    Reflect.deleteProperty(globalThis, 'Highlight');
  });

  it('paints each annotation with its tag, same-tag overlaps as overlap, and the focused one on top', () => {
    paintAnnotationHighlights(
      container,
      [
        annotation('a', 'hebt das Kursziel auf 205 Dollar', 'bullish'),
        annotation('b', 'Kursziel', 'question'),
        annotation('c', 'Risiken in China', 'risk'),
        annotation('d', 'an,', 'free'),
        annotation('e', '205 Dollar an', 'bullish'),
      ],
      'c',
    );
    expect(painted(registry)).toEqual({
      'kn-ann-bullish': ['hebt das Kursziel auf 205 Dollar', '205 Dollar an'],
      'kn-ann-question': ['Kursziel'],
      'kn-ann-risk': ['Risiken in China'],
      'kn-ann-free': ['an,'],
      // "Kursziel" is under a bullish and a question highlight: their colours mix, no extra layer needed.
      'kn-ann-overlap': ['205 Dollar'],
      'kn-ann-focused': ['Risiken in China'],
    });
    expect(registry.get('kn-ann-focused')!.priority).toBeGreaterThan(
      registry.get('kn-ann-overlap')!.priority,
    );
    expect(registry.get('kn-ann-overlap')!.priority).toBeGreaterThan(registry.get('kn-ann-risk')!.priority);
  });

  it('drops highlights no annotation uses any more, and clears all when the reader closes', () => {
    paintAnnotationHighlights(container, [annotation('a', 'Kursziel', 'bullish')], null);
    paintAnnotationHighlights(container, [annotation('c', 'China', 'risk')], null);
    expect(Object.keys(painted(registry))).toEqual(['kn-ann-risk']);
    clearAnnotationHighlights();
    expect(registry.size).toBe(0);
  });

  it('does nothing where the browser has no highlight API', () => {
    Reflect.deleteProperty(globalThis, 'CSS');
    expect(() =>
      paintAnnotationHighlights(container, [annotation('a', 'China', 'risk')], null),
    ).not.toThrow();
  });
});

describe('innermostAnnotationAt', () => {
  const outer = annotation('outer', 'hebt das Kursziel auf 205 Dollar', 'bullish');
  const inner = annotation('inner', 'Kursziel', 'question');

  it('picks the shortest annotation covering the character, so a nested one stays clickable', () => {
    expect(innermostAnnotationAt([outer, inner], TEXT.indexOf('Kursziel') + 2)?.id).toBe('inner');
    expect(innermostAnnotationAt([outer, inner], TEXT.indexOf('205'))?.id).toBe('outer');
  });

  it('treats the end as exclusive and plain text as no hit', () => {
    expect(innermostAnnotationAt([inner], inner.endCodePoints)).toBeNull();
    expect(innermostAnnotationAt([outer, inner], TEXT.indexOf('China'))).toBeNull();
  });
});
