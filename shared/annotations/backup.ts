import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { timestampMsSchema } from './annotation-schema';
import { findConsistencyProblem } from './backup-consistency';
import { readJsonFile, type JsonFileError } from './read-json-file';
import { backupLibrarySchema, type BackupLibrary } from './backup-schema';

export type { BackupLibrary } from './backup-schema';

/** The `format` every Kursnotiz backup file names. */
export const BACKUP_FORMAT = 'kursnotiz-backup';
/** The backup schema this version writes and the newest it reads. */
export const BACKUP_SCHEMA_VERSION = 1;
/** The oldest backup schema this version still reads (older files need an older Kursnotiz first). */
export const OLDEST_READABLE_SCHEMA_VERSION = 1;

/** A full-library backup file. */
export interface KursnotizBackup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  createdAtMs: number;
  appVersion: string;
  /** SHA-256 (hex) of JSON.stringify(library): detects damage and edits. */
  checksum: string;
  library: BackupLibrary;
}

/** Why a backup was refused; `values` fill the UI's localised message (see backup-messages.ts). */
export type BackupError =
  | JsonFileError
  | { code: 'not-a-backup'; values: Record<string, never> }
  | { code: 'newer-schema'; values: { found: number; supported: number } }
  | { code: 'older-schema'; values: { found: number; oldest: number } }
  | { code: 'checksum-mismatch'; values: Record<string, never> }
  | { code: 'invalid-content'; values: { path: string; detail: string } }
  | { code: 'inconsistent-content'; values: { path: string; detail: string } };

/** A checked backup, or why it was refused; never a partly valid library. */
export type BackupResult = { ok: true; backup: KursnotizBackup } | { ok: false; error: BackupError };

/** A new backup and the file text to save, or why the library cannot be backed up as it is. */
export type CreateBackupResult =
  { ok: true; backup: KursnotizBackup; json: string } | { ok: false; error: BackupError };

const DEFAULT_MAX_CHARS = 512 * 1024 * 1024;

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int(),
});

const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION),
  createdAtMs: timestampMsSchema,
  appVersion: z.string().max(64),
  checksum: z.string().regex(/^[0-9a-f]{64}$/u),
  library: backupLibrarySchema,
});

function checksumOf(library: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(library))));
}

function issueOf(error: z.ZodError): { path: string; detail: string } {
  const issue = error.issues[0];
  return { path: issue?.path.join('.') ?? '', detail: issue?.message ?? 'invalid' };
}

/** Checks a parsed backup document: envelope, schema version, checksum, every record, cross references. */
export function validateBackup(document: unknown): BackupResult {
  const envelope = envelopeSchema.safeParse(document);
  if (!envelope.success) return { ok: false, error: { code: 'not-a-backup', values: {} } };
  const found = envelope.data.schemaVersion;
  if (found > BACKUP_SCHEMA_VERSION) {
    return {
      ok: false,
      error: { code: 'newer-schema', values: { found, supported: BACKUP_SCHEMA_VERSION } },
    };
  }
  if (found < OLDEST_READABLE_SCHEMA_VERSION) {
    return {
      ok: false,
      error: { code: 'older-schema', values: { found, oldest: OLDEST_READABLE_SCHEMA_VERSION } },
    };
  }
  // Checked on the file's own values before any parsing drops or reshapes a field.
  const raw = document as { checksum?: unknown; library?: unknown };
  if (raw.checksum !== checksumOf(raw.library))
    return { ok: false, error: { code: 'checksum-mismatch', values: {} } };
  const parsed = backupSchema.safeParse(document);
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid-content', values: issueOf(parsed.error) } };
  const problem = findConsistencyProblem(parsed.data.library);
  if (problem) return { ok: false, error: { code: 'inconsistent-content', values: { ...problem } } };
  return { ok: true, backup: parsed.data };
}

/**
 * Reads a backup file's text: refuses files that are too large, not JSON, not a Kursnotiz backup, from
 * a newer (or too old) schema, damaged (checksum), invalid or inconsistent. Never throws.
 */
export function parseBackup(json: string, options: { maxChars?: number } = {}): BackupResult {
  const file = readJsonFile(json, options.maxChars ?? DEFAULT_MAX_CHARS);
  return file.ok ? validateBackup(file.value) : file;
}

/**
 * Builds a backup of `library` and checks it the way a restore will, so Kursnotiz never writes a file
 * it would refuse to read (a damaged database shows up here, not on the day of the restore).
 */
export function createBackup(
  library: BackupLibrary,
  meta: { createdAtMs: number; appVersion: string },
): CreateBackupResult {
  // Round-trip through JSON first: the checksum must cover exactly what the file will hold.
  const plainLibrary = JSON.parse(JSON.stringify(library)) as unknown;
  const document = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    createdAtMs: meta.createdAtMs,
    appVersion: meta.appVersion,
    checksum: checksumOf(plainLibrary),
    library: plainLibrary,
  };
  const result = validateBackup(document);
  return result.ok ? { ok: true, backup: result.backup, json: JSON.stringify(document) } : result;
}
