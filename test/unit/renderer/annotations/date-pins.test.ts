import { describe, expect, it } from 'vitest';
import { placeAnnotations } from '../../../../renderer/annotations/anchored-annotations';
import {
  datePinMarkers,
  datePinOfMarker,
  datePinsFromAnnotations,
} from '../../../../renderer/annotations/date-pins';
import { editAnnotation, makeAnnotation } from '../../../../shared/annotations/make-annotation';
import { articleText } from '../../../../shared/model/article';
import { makeArticle } from '../../../fixtures/factories/article';

const dated = makeArticle({
  publishedOn: '2025-12-14',
  blocks: [{ kind: 'paragraph', text: 'Zhou gilt als Kopf hinter Qwen.' }],
});
const undated = makeArticle({
  publishedOn: null,
  blocks: [{ kind: 'paragraph', text: 'Ohne Datum: Qwen wächst.' }],
});

function pinnedOn(article: typeof dated, tags: string[]) {
  const annotation = makeAnnotation({
    id: `pin-${article.id}`,
    articleId: article.id,
    articleText: articleText(article.blocks),
    startCodePoints: 0,
    endCodePoints: 4,
    tags,
    nowMs: 1,
  });
  return editAnnotation(annotation, { pin: { type: 'article-date' } }, 2);
}

describe('article-date pins', () => {
  const annotations = [pinnedOn(dated, ['catalyst']), pinnedOn(undated, ['risk'])];
  const pins = datePinsFromAnnotations(placeAnnotations(annotations, [dated, undated]), [dated, undated]);

  it('places a pin at its article date; an undated article has no place on the time axis', () => {
    expect(pins).toEqual([
      {
        annotationId: `pin-${dated.id}`,
        articleId: dated.id,
        date: '2025-12-14',
        startCodePoints: 0,
        endCodePoints: 4,
        quote: 'Zhou',
        tag: 'catalyst',
      },
    ]);
  });

  it('finds the pin behind a clicked marker id and ignores other chart objects', () => {
    const [marker] = datePinMarkers(pins, 'dark');
    expect(marker).toMatchObject({ time: '2025-12-14', color: '#c9a8ff' });
    expect(datePinOfMarker(pins, marker?.id)?.annotationId).toBe(`pin-${dated.id}`);
    expect(datePinOfMarker(pins, 'price-line-1')).toBeNull();
    expect(datePinOfMarker(pins, undefined)).toBeNull();
  });
});
