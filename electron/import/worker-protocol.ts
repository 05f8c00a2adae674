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

/**
 * Import worker → main: the result for one request as JSON text, so main can refuse an oversized answer
 * by its length before it parses or validates anything.
 */
export interface ParseResponse {
  type: 'parsed';
  requestId: number;
  json: string;
}

// The largest honest answer is a 200,000-row price history with every column (~20 M characters as JSON);
// a 1,000,000-character article is far below it.
/** Longest answer (in UTF-16 code units) main accepts from the import worker. */
export const MAX_WORKER_ANSWER_CHARS = 48 * 1024 * 1024;

/** The response as the worker sends it. */
export function toParseResponse(requestId: number, file: ParsedImportFile): ParseResponse {
  return { type: 'parsed', requestId, json: JSON.stringify(file) };
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

const responseEnvelopeSchema = z.object({
  type: z.literal('parsed'),
  requestId: z.number().int().min(0),
  json: z.string(),
});

/** Why main refused a worker's answer. */
export type BadAnswer = 'invalid' | 'too-large';

/**
 * Checks a response where main receives it: the worker handles untrusted content, main trusts none of it.
 * The answer's length is checked first, then the JSON is parsed and the file validated with zod.
 */
export function readParseResponse(
  message: unknown,
): { ok: true; requestId: number; file: ParsedImportFile } | { ok: false; reason: BadAnswer } {
  const envelope = responseEnvelopeSchema.safeParse(message);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  const { requestId, json } = envelope.data;
  if (json.length > MAX_WORKER_ANSWER_CHARS) return { ok: false, reason: 'too-large' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const file = parsedImportFileSchema.safeParse(data);
  return file.success ? { ok: true, requestId, file: file.data } : { ok: false, reason: 'invalid' };
}
