import { parseWarning, type ArticleParseWarning } from '../article-draft';

/** The report's warning that stray control characters were removed, or none when there were none. */
export function controlCharacterWarnings(fileName: string, removedCount: number): ArticleParseWarning[] {
  if (removedCount === 0) return [];
  return [
    parseWarning(
      'control-characters-removed',
      `${removedCount} control characters were removed from ${fileName}.`,
      { fileName, count: removedCount },
    ),
  ];
}
