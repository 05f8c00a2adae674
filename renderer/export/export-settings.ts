import { z } from 'zod';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../shared/export';
import type { KursnotizDatabase } from '../db/database';

const SETTING_KEY = 'exportOptions';

// A stored value from an older or damaged profile falls back field by field to the defaults.
const storedOptions = z.object({
  format: z.enum(['pdf', 'markdown']).catch(DEFAULT_EXPORT_OPTIONS.format),
  scope: z.enum(['current', 'chosen', 'all']).catch(DEFAULT_EXPORT_OPTIONS.scope),
  chosenArticleIds: z.array(z.string().max(200)).max(10_000).catch([]),
  tags: z.array(z.string().max(200)).max(200).catch([]),
  content: z.enum(['excerpts', 'full-text']).catch(DEFAULT_EXPORT_OPTIONS.content),
  includeChart: z.boolean().catch(DEFAULT_EXPORT_OPTIONS.includeChart),
  paper: z.enum(['A4', 'LETTER']).catch(DEFAULT_EXPORT_OPTIONS.paper),
  labelLanguage: z.enum(['de', 'en']).catch(DEFAULT_EXPORT_OPTIONS.labelLanguage),
});

/** The export choices saved last time, or null when none (or nothing usable) is stored. */
export async function readExportOptions(db: KursnotizDatabase): Promise<ExportOptions | null> {
  const record = await db.settings.get(SETTING_KEY);
  if (record === undefined) return null;
  const parsed = storedOptions.safeParse(record.value);
  return parsed.success ? parsed.data : null;
}

/** Remembers the export choices for the next export. */
export async function writeExportOptions(db: KursnotizDatabase, options: ExportOptions): Promise<void> {
  await db.settings.put({ key: SETTING_KEY, value: options });
}
