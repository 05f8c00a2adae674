import type { ArticleDraft, ArticleParseWarning } from './article-draft';

/** What a format parser returns on success; failures are thrown as ArticleImportFailure. */
export interface ParsedArticle {
  article: ArticleDraft;
  warnings: ArticleParseWarning[];
}
