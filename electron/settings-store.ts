import { z } from 'zod';
import { readJsonFile, writeJsonFile, type JsonFileSystem } from './json-file';

/** Small main-side preferences kept in userData/settings.json. */
export interface MainSettings {
  /** The folder the last save dialog ended in, offered first next time. */
  lastSaveFolder?: string;
  /** The folder the last import dialog picked files from. */
  lastImportFolder?: string;
}

const settingsSchema = z.object({
  lastSaveFolder: z.string().min(1).max(4096).optional(),
  lastImportFolder: z.string().min(1).max(4096).optional(),
});

/** The file name inside userData. */
export const SETTINGS_FILE = 'settings.json';

/** Reads and updates settings.json; a corrupt file is treated as empty rather than crashing a save. */
export interface SettingsStore {
  read(): Promise<MainSettings>;
  update(patch: Partial<MainSettings>): Promise<void>;
}

/** Builds the store on a file system seam. */
export function makeSettingsStore(fs: JsonFileSystem, path: string): SettingsStore {
  const read = async (): Promise<MainSettings> => (await readJsonFile(fs, path, settingsSchema)) ?? {};
  return {
    read,
    async update(patch) {
      await writeJsonFile(fs, path, { ...(await read()), ...patch });
    },
  };
}
