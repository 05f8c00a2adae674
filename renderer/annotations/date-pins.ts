import { isIsoDate } from '../../shared/chart/series-points';
import type { Article } from '../../shared/model/article';
import type { PlacedAnnotation } from './anchored-annotations';
import { tagModifier } from './tag-style';

/** An annotation pinned to its article's date: a marker on the chart's time axis that jumps to the passage. */
export interface DatePin {
  annotationId: string;
  articleId: string;
  /** The article's publication date (ISO), where the marker sits. */
  date: string;
  startCodePoints: number;
  endCodePoints: number;
  quote: string;
  /** Tag modifier for the marker colour: 'bullish' … 'to-check' or 'free'. */
  tag: string;
}

/** The date pins of placed annotations whose article has a valid date (undated articles have no place on the axis). */
export function datePinsFromAnnotations(
  placed: readonly PlacedAnnotation[],
  articles: readonly Article[],
): DatePin[] {
  const dateOf = new Map(articles.map((article) => [article.id, article.publishedOn]));
  return placed.flatMap(({ annotation, anchor }) => {
    const date = dateOf.get(annotation.articleId);
    if (annotation.pin?.type !== 'article-date' || !date || !isIsoDate(date)) return [];
    const isPlaced = anchor.status === 'anchored';
    return [
      {
        annotationId: annotation.id,
        articleId: annotation.articleId,
        date,
        startCodePoints: isPlaced ? anchor.start : annotation.position.start,
        endCodePoints: isPlaced ? anchor.end : annotation.position.end,
        quote: annotation.quote.exact,
        tag: tagModifier(annotation.tags),
      },
    ];
  });
}

// Marker colours per tag, strong enough on the light and the dark chart background.
const MARKER_COLOURS: Record<'light' | 'dark', Record<string, string>> = {
  light: {
    bullish: '#1d6b32',
    bearish: '#a52222',
    risk: '#9a4d00',
    catalyst: '#6531b0',
    question: '#1a5ea8',
    'to-check': '#6e5c00',
    free: '#4d5157',
  },
  dark: {
    bullish: '#7fdc98',
    bearish: '#ff9c9c',
    risk: '#ffbb70',
    catalyst: '#c9a8ff',
    question: '#9cc8ff',
    'to-check': '#e8d674',
    free: '#c3c7cd',
  },
};

/** Prefix of a date pin's marker id (the chart reports it as hoveredObjectId on click). */
export const DATE_PIN_MARKER_PREFIX = 'datepin:';

/** The date pin whose chart marker has id `markerId`, if any. */
export function datePinOfMarker(pins: readonly DatePin[], markerId: unknown): DatePin | null {
  if (typeof markerId !== 'string' || !markerId.startsWith(DATE_PIN_MARKER_PREFIX)) return null;
  const annotationId = markerId.slice(DATE_PIN_MARKER_PREFIX.length);
  return pins.find((pin) => pin.annotationId === annotationId) ?? null;
}

/** Chart markers for date pins: a pencil below the date, coloured by the note's tag. */
export function datePinMarkers(pins: readonly DatePin[], theme: 'light' | 'dark') {
  return pins.map((pin) => ({
    id: `${DATE_PIN_MARKER_PREFIX}${pin.annotationId}`,
    time: pin.date,
    position: 'belowBar' as const,
    shape: 'circle' as const,
    color: MARKER_COLOURS[theme][pin.tag] ?? MARKER_COLOURS[theme].free!,
    text: '✎',
  }));
}
