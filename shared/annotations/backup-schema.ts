import { z } from 'zod';
import type { Article, BlockKind, DateConfidence, PublisherKind } from '../model/article';
import type { PriceLevel } from '../model/level';
import { CURRENCY_CODES } from '../model/money';
import type { QuoteSeries } from '../model/quote';
import { annotationSchema, LEVEL_KINDS, timestampMsSchema } from './annotation-schema';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const isoDate = z.string().regex(ISO_DATE, 'expected an ISO date YYYY-MM-DD');
const id = z.string().min(1).max(512);
const shortText = z.string().max(2_000);
const nfcText = z
  .string()
  .max(2_000_000)
  .refine((text) => text === text.normalize('NFC'), 'text is not NFC-normalised');

const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'quote'] as const satisfies readonly BlockKind[];
const PUBLISHER_KINDS = [
  'news',
  'analysis',
  'market-letter',
  'blog',
  'press-release',
  'other',
] as const satisfies readonly PublisherKind[];
const DATE_CONFIDENCES = [
  'stated',
  'inferred',
  'approximate',
  'unknown',
] as const satisfies readonly DateConfidence[];

/** An Article as a backup carries it. */
export const articleSchema: z.ZodType<Article> = z.object({
  id,
  title: shortText,
  source: shortText,
  publisherKind: z.enum(PUBLISHER_KINDS),
  publishedOn: isoDate.nullable(),
  dateConfidence: z.enum(DATE_CONFIDENCES),
  dateReason: shortText,
  language: z.string().min(2).max(35),
  blocks: z.array(z.object({ kind: z.enum(BLOCK_KINDS), text: nfcText })).max(100_000),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/u, 'expected a SHA-256 hex digest'),
  origin: z.enum(['seed', 'import']),
  fileName: shortText,
  addedAtMs: timestampMsSchema,
});

/** A PriceLevel as a backup carries it. */
export const priceLevelSchema: z.ZodType<PriceLevel> = z.object({
  id,
  kind: z.enum(LEVEL_KINDS),
  value: z.number().finite().positive(),
  currency: z.enum(CURRENCY_CODES),
  listing: z.string().min(1).max(64),
  asOf: isoDate.nullable(),
  source: z
    .object({
      articleId: id,
      startCodePoints: z.number().int().nonnegative(),
      endCodePoints: z.number().int().nonnegative(),
      exact: z.string().max(20_000),
    })
    .refine(
      (span) => span.endCodePoints >= span.startCodePoints,
      'endCodePoints must not precede startCodePoints',
    ),
  origin: z.enum(['seed', 'extracted', 'annotation', 'user']),
  annotationId: id.optional(),
});

/** A QuoteSeries as a backup carries it: bars strictly ascending by date (the chart throws otherwise). */
export const quoteSeriesSchema: z.ZodType<QuoteSeries> = z.object({
  listing: z.string().min(1).max(64),
  symbol: z.string().min(1).max(32),
  currency: z.enum(CURRENCY_CODES),
  interval: z.enum(['daily', 'weekly', 'monthly', 'irregular']),
  bars: z
    .array(
      z.object({
        time: isoDate,
        close: z.number().finite(),
        open: z.number().finite().optional(),
        high: z.number().finite().optional(),
        low: z.number().finite().optional(),
        volume: z.number().finite().nonnegative().optional(),
      }),
    )
    .max(200_000)
    .refine(
      (bars) => bars.every((bar, index) => index === 0 || bars[index - 1]!.time < bar.time),
      'bars must be sorted by date without duplicates',
    ),
  sourceName: shortText,
  importedAtMs: timestampMsSchema,
});

/** One stored setting: a key and any JSON value (the UI validates each key's value when it reads it). */
export const settingSchema = z.object({ key: z.string().min(1).max(200), value: z.json() });

/** Everything a library holds, as a backup carries it. */
export const backupLibrarySchema = z.object({
  articles: z.array(articleSchema).max(100_000),
  annotations: z.array(annotationSchema).max(1_000_000),
  levels: z.array(priceLevelSchema).max(1_000_000),
  quoteSeries: z.array(quoteSeriesSchema).max(1_000),
  settings: z.array(settingSchema).max(10_000),
});

/** A library's content in a backup. */
export type BackupLibrary = z.infer<typeof backupLibrarySchema>;
