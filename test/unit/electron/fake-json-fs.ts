import type { JsonFileSystem } from '../../../electron/json-file';

/** An in-memory file system for the JSON stores: a Map of path → text, with rename like the real one. */
export function fakeJsonFs(initial: Record<string, string> = {}) {
  const files = new Map(Object.entries(initial));
  const fs = {
    readFile: (path: string) => {
      const text = files.get(path);
      return text === undefined
        ? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }))
        : Promise.resolve(text);
    },
    writeFile: (path: string, data: string) => {
      files.set(path, data);
      return Promise.resolve();
    },
    rename: (from: string, to: string) => {
      const text = files.get(from);
      if (text === undefined) return Promise.reject(new Error(`ENOENT: ${from}`));
      files.delete(from);
      files.set(to, text);
      return Promise.resolve();
    },
  } satisfies JsonFileSystem;
  return { fs, files };
}
