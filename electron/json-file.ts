import type { z } from 'zod';

/** The file operations the small JSON stores need; main passes node:fs/promises, tests pass a fake. */
export interface JsonFileSystem {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, encoding: 'utf8'): Promise<void>;
  rename(from: string, to: string): Promise<void>;
}

/** Reads and validates a JSON file; a missing, corrupt or wrongly shaped file yields null, never a throw. */
export async function readJsonFile<T>(
  fs: JsonFileSystem,
  path: string,
  schema: z.ZodType<T>,
): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const result = schema.safeParse(parsed);
  return result.success ? result.data : null;
}

/** Writes JSON through a temporary file and a rename, so a crash mid-write never leaves half a file. */
export async function writeJsonFile(fs: JsonFileSystem, path: string, value: unknown): Promise<void> {
  const temporaryPath = `${path}.tmp`;
  await fs.writeFile(temporaryPath, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  await fs.rename(temporaryPath, path);
}
