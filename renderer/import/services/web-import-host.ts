import type { ImportHost } from '../import-host';
import type { ParsedImportFile } from '../../../shared/import-pipeline/parsed-import-file';
import type { ArticleParserDeps } from '../../../shared/import/article-parser-deps';
import type { BrowserFile } from './parse-browser-files';

/**
 * The parsers (HTML with Readability and DOMPurify, PDF, CSV, …) are loaded on the first import, not at
 * start-up: they are a large part of the bundle and a start without an import never needs them.
 */
async function* parseLazily(
  files: readonly BrowserFile[],
  depsOnce: () => Promise<ArticleParserDeps>,
): AsyncGenerator<ParsedImportFile> {
  const [{ parseBrowserFiles }, deps] = await Promise.all([import('./parse-browser-files'), depsOnce()]);
  yield* parseBrowserFiles(files, deps);
}

/** The web host's import: files come from the page (input or drop) and are parsed in the renderer. */
export function makeWebImportHost(): ImportHost {
  let deps: Promise<ArticleParserDeps> | null = null;
  const depsOnce = () =>
    (deps ??= import('./browser-parser-deps').then(({ makeBrowserParserDeps }) => makeBrowserParserDeps()));
  return {
    pickFiles: null,
    parseFiles: (files) => ({
      totalCount: files.length,
      files: parseLazily(files, depsOnce),
      fileNames: files.map((file) => file.name),
    }),
    // The controller checks the cancel flag between files; the generator then is simply not resumed.
    cancel: () => undefined,
  };
}
