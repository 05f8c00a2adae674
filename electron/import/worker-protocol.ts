import { z } from 'zod';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import-pipeline/import-file-rules';
import { parsedImportFileSchema } from '../../shared/import-pipeline/transfer-schema';
import type { ImportFileBytes, ParsedImportFile } from '../../shared/import-pipeline/parsed-import-file';

/** Main → import worker: parse one file's bytes. */
export interface ParseRequest {
  type: 'parse';
  requestId: number;
  file: ImportFileBytes;
}

/** Import worker → main: the typed result for one request. */
export interface ParseResponse {
  type: 'parsed';
  requestId: number;
  file: ParsedImportFile;
}

/** Checks a request where the worker receives it. */
export const parseRequestSchema = z.object({
  type: z.literal('parse'),
  requestId: z.number().int().min(0),
  file: z.object({
    fileName: z.string().min(1).max(1_000),
    bytes: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength <= MAX_IMPORT_FILE_BYTES, 'file too large'),
    lastModifiedMs: z.number().finite().optional(),
  }),
});

/** Checks a response where main receives it: the worker handles untrusted content, main trusts none of it. */
export const parseResponseSchema = z.object({
  type: z.literal('parsed'),
  requestId: z.number().int().min(0),
  file: parsedImportFileSchema,
});
