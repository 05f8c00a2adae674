import type { ImportHost } from '../import-host';
import { makeBrowserParserDeps } from './browser-parser-deps';
import { parseBrowserFiles } from './parse-browser-files';

/** The web host's import: files come from the page (input or drop) and are parsed in the renderer. */
export function makeWebImportHost(): ImportHost {
  let deps: ReturnType<typeof makeBrowserParserDeps> | null = null;
  return {
    pickFiles: null,
    parseFiles: (files) => {
      deps ??= makeBrowserParserDeps();
      return {
        totalCount: files.length,
        files: parseBrowserFiles(files, deps),
        fileNames: files.map((file) => file.name),
      };
    },
    // The controller checks the cancel flag between files; the generator then is simply not resumed.
    cancel: () => undefined,
  };
}
