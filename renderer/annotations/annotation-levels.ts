import type { CurrencyCode } from '../../shared/model/money';
import { PRIMARY_LISTING, type PriceLevel } from '../../shared/model/level';
import type { PlacedAnnotation } from './anchored-annotations';

/** The listing a pinned price belongs to, by its currency (Alibaba: NYSE in USD, Frankfurt in EUR, HK in HKD). */
export function listingForCurrency(currency: CurrencyCode): string {
  if (currency === 'USD') return PRIMARY_LISTING;
  if (currency === 'EUR') return 'FRA:AHLA';
  if (currency === 'HKD') return 'HKEX:9988';
  return `OTHER:${currency}`;
}

/** The chart-level id of an annotation's pin (stable, so undo restores the same chart item). */
export function annotationLevelId(annotationId: string): string {
  return `annotation:${annotationId}`;
}

/**
 * PriceLevels for every annotation pinned to a price, in the same model as the seed levels: origin
 * 'annotation', its id, and the annotation's current anchored span as source (orphans keep their stored one).
 */
export function levelsFromAnnotations(placed: readonly PlacedAnnotation[]): PriceLevel[] {
  const levels: PriceLevel[] = [];
  for (const { annotation, anchor } of placed) {
    const pin = annotation.pin;
    if (!pin || pin.type !== 'level') continue;
    const isPlaced = anchor.status === 'anchored';
    levels.push({
      id: annotationLevelId(annotation.id),
      kind: pin.kind,
      value: pin.value,
      currency: pin.currency,
      listing: listingForCurrency(pin.currency),
      asOf: pin.kind === 'quote' ? pin.asOf : null,
      source: {
        articleId: annotation.articleId,
        startCodePoints: isPlaced ? anchor.start : annotation.position.start,
        endCodePoints: isPlaced ? anchor.end : annotation.position.end,
        exact: annotation.quote.exact,
      },
      origin: 'annotation',
      annotationId: annotation.id,
    });
  }
  return levels;
}
