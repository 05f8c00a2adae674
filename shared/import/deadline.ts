import { ArticleImportFailure, importError } from './article-draft';

/** A per-file time budget that parsers check between steps. */
export interface Deadline {
  /** Throws a typed 'timeout' failure once the budget is spent. */
  check(): void;
  readonly expiresAtMs: number;
}

/** Starts a deadline `budgetMs` from now for the named file. */
export function startDeadline(fileName: string, budgetMs: number, nowMs: () => number = Date.now): Deadline {
  const expiresAtMs = nowMs() + budgetMs;
  return {
    expiresAtMs,
    check(): void {
      if (nowMs() > expiresAtMs) {
        throw new ArticleImportFailure(
          importError('timeout', `${fileName} took longer than ${budgetMs} ms to read.`, {
            fileName,
            budgetMs,
          }),
        );
      }
    },
  };
}
