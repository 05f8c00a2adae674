import { z } from 'zod';
import { DEFAULT_ARTICLE_CONTENT_LIMITS } from '../import/article-limits';
import { CURRENCY_CODES } from '../model/money';
import type { ParsedImportFile } from './parsed-import-file';

// Every parsed file crosses a process boundary (utility process → main → renderer); these schemas check
// it where it arrives, so a confused or compromised parser cannot hand over anything but plain data.

const MAX_TEXT = DEFAULT_ARTICLE_CONTENT_LIMITS.maxCharacters;
const fileName = z.string().min(1).max(1_000);
const values = z.record(z.string().max(200), z.union([z.string().max(2_000), z.number()]));
const message = z.string().max(2_000);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const textBlock = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item', 'quote']),
  text: z.string().max(MAX_TEXT),
});

const articleDraft = z.object({
  title: z.string().max(1_000),
  source: z.string().max(1_000),
  publishedOn: isoDate.nullable(),
  dateConfidence: z.enum(['stated', 'inferred', 'approximate', 'unknown']),
  dateSource: z.enum([
    'html-meta',
    'html-time',
    'json-ld',
    'front-matter',
    'pdf-metadata',
    'text',
    'file-modified',
    'none',
  ]),
  dateReason: message,
  language: z.string().max(35),
  blocks: z.array(textBlock).min(1).max(DEFAULT_ARTICLE_CONTENT_LIMITS.maxBlocks),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/u),
  fileName,
  format: z.enum(['txt', 'md', 'html', 'pdf']),
});

const warning = z.object({ code: z.string().max(60), message, values });

const quoteBar = z.object({
  time: isoDate,
  close: z.number().finite(),
  open: z.number().finite().optional(),
  high: z.number().finite().optional(),
  low: z.number().finite().optional(),
  volume: z.number().finite().optional(),
});

const columnIndex = z.number().int().min(0).max(1_000).optional();

const csvPreview = z.object({
  ok: z.literal(true),
  fileName,
  detected: z.object({
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']),
    delimiter: z.enum([',', ';', '\t', '|']),
    decimalMark: z.enum(['.', ',']),
    dateFormat: z.enum([
      'YYYY-MM-DD',
      'YYYYMMDD',
      'DD.MM.YYYY',
      'DD.MM.YY',
      'MM/DD/YYYY',
      'DD/MM/YYYY',
      'DD-MM-YYYY',
      'D MMM YYYY',
      'MMM D, YYYY',
    ]),
    columns: z.object({
      date: columnIndex,
      open: columnIndex,
      high: columnIndex,
      low: columnIndex,
      close: columnIndex,
      adjClose: columnIndex,
      volume: columnIndex,
      changePercent: columnIndex,
    }),
    headerLine: z.number().int().min(1),
    headerNames: z.array(z.string().max(500)).max(1_000),
    interval: z.enum(['daily', 'weekly', 'monthly', 'irregular']),
    symbolSuggestion: z.string().max(100).nullable(),
    currencySuggestion: z.enum(CURRENCY_CODES as [string, ...string[]]).nullable(),
    listingSuggestion: z.string().max(100).nullable(),
    nameSuggestion: z.string().max(500).nullable(),
    isin: z.string().max(20).nullable(),
  }),
  bars: z.array(quoteBar).max(400_000),
  stats: z.object({
    rowsRead: z.number().int().min(0),
    barsKept: z.number().int().min(0),
    droppedEmpty: z.number().int().min(0),
    droppedDuplicate: z.number().int().min(0),
    droppedUnparseable: z.number().int().min(0),
    droppedWrongFieldCount: z.number().int().min(0),
    mergedIntradayRows: z.number().int().min(0),
    firstDate: isoDate.nullable(),
    lastDate: isoDate.nullable(),
    firstClose: z.number().finite().nullable(),
    lastClose: z.number().finite().nullable(),
  }),
  warnings: z.array(warning).max(100),
});

/** Schema of one parsed file as it crosses a process boundary. */
export const parsedImportFileSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('article'),
    fileName,
    article: articleDraft,
    warnings: z.array(warning).max(100),
  }),
  z.object({ kind: z.literal('price-csv'), fileName, preview: csvPreview }),
  z.object({
    kind: z.literal('rejected'),
    fileName,
    rejection: z.object({
      stage: z.enum(['file', 'article', 'csv']),
      code: z.string().max(60),
      message,
      values,
    }),
  }),
]) as unknown as z.ZodType<ParsedImportFile>;

/** Schema of a finished batch: every file's parse result and whether the user cancelled midway. */
export const importBatchSchema = z.object({
  files: z.array(parsedImportFileSchema).max(10_000),
  isCancelled: z.boolean(),
});

/** A finished batch of parsed files. */
export interface ImportBatch {
  files: ParsedImportFile[];
  isCancelled: boolean;
}

/** Progress of a batch being read and parsed (main → renderer). */
export interface ImportProgress {
  doneCount: number;
  totalCount: number;
  fileName: string;
}

/** Schema of a progress event. */
export const importProgressSchema = z.object({
  doneCount: z.number().int().min(0),
  totalCount: z.number().int().min(0),
  fileName: z.string().max(1_000),
});
