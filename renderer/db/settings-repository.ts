import type { UiLanguage } from '../../shared/ipc-contract';
import type { ThemePreference } from '../store/ui-slice';
import type { PaneSizes } from '../store/layout-slice';
import type { KursnotizDatabase } from './database';

/** The settings Kursnotiz keeps, by key, with the type of each value. */
export interface Settings {
  uiLanguage: UiLanguage;
  themePreference: ThemePreference;
  paneSizes: Partial<PaneSizes>;
  /** True once the seed articles were stored: a seed the user deleted later is not brought back. */
  seedsStored: boolean;
  /** The article the reader showed last: opened again on the next start. */
  lastArticleId: string;
}

/** Validators per key: a stored value from an older or damaged profile is ignored rather than trusted. */
const isValid: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  uiLanguage: (value): value is UiLanguage => value === 'de' || value === 'en',
  themePreference: (value): value is ThemePreference =>
    value === 'system' || value === 'light' || value === 'dark',
  seedsStored: (value): value is boolean => typeof value === 'boolean',
  lastArticleId: (value): value is string => typeof value === 'string' && value.length <= 200,
  paneSizes: (value): value is Partial<PaneSizes> =>
    typeof value === 'object' &&
    value !== null &&
    Object.values(value as Record<string, unknown>).every((size) => typeof size === 'number'),
};

/** Reads one setting; undefined when it was never saved or the stored value is not valid. */
export async function readSetting<K extends keyof Settings>(
  db: KursnotizDatabase,
  key: K,
): Promise<Settings[K] | undefined> {
  const record = await db.settings.get(key);
  if (record === undefined) return undefined;
  return isValid[key](record.value) ? record.value : undefined;
}

/** Saves one setting. */
export async function writeSetting<K extends keyof Settings>(
  db: KursnotizDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  await db.settings.put({ key, value });
}
