import { z } from 'zod';
import type { Annotation, ChartPin } from '../model/annotation';
import type { LevelKind } from '../model/level';
import { CURRENCY_CODES } from '../model/money';
import { ANNOTATION_LIMITS as LIMITS } from './limits';

/** Every LevelKind, for validation. */
export const LEVEL_KINDS = [
  'quote',
  'target',
  'fair_value',
  'high_52w',
  'low_52w',
  'level',
] as const satisfies readonly LevelKind[];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** A millisecond timestamp a Date can represent. */
export const timestampMsSchema = z.number().int().min(-8.64e15).max(8.64e15);

/** A chart pin as stored (level or article date). */
export const chartPinSchema: z.ZodType<ChartPin> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('level'),
    kind: z.enum(LEVEL_KINDS),
    value: z.number().finite().positive(),
    valueHigh: z.number().finite().positive().optional(),
    currency: z.enum(CURRENCY_CODES),
    asOf: z.string().regex(ISO_DATE).nullable(),
  }),
  z.object({ type: z.literal('article-date') }),
]);

/** A stored TextQuoteSelector. */
export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(LIMITS.maxQuoteLength),
  prefix: z.string().max(LIMITS.maxContextLength),
  suffix: z.string().max(LIMITS.maxContextLength),
});

/** A stored TextPositionSelector: non-negative integer code-point offsets with end > start. */
export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((position) => position.end > position.start, { message: 'end must be greater than start' });

/** A tag: trimmed, non-empty, bounded. */
export const tagSchema = z.string().trim().min(1).max(LIMITS.maxTagLength);

/** A whole Annotation record, as the library stores it and a backup carries it. */
export const annotationSchema: z.ZodType<Annotation> = z.object({
  id: z.string().min(1).max(LIMITS.maxIdLength),
  articleId: z.string().min(1).max(LIMITS.maxIdLength),
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema,
  tags: z.array(tagSchema).max(LIMITS.maxTags),
  note: z.string().max(LIMITS.maxNoteLength),
  pin: chartPinSchema.nullable(),
  createdAtMs: timestampMsSchema,
  modifiedAtMs: timestampMsSchema,
});
