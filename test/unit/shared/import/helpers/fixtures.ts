import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleDraft, ArticleParseResult } from '../../../../../shared/import/article-draft';
import type { ArticleParserDeps } from '../../../../../shared/import/article-parser-deps';
import { parseArticleFile } from '../../../../../shared/import/parse-article-file';
import { makeNodeArticleDeps } from './node-article-deps';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/import/', import.meta.url));

/** The bytes of a fixture under test/fixtures/import/. */
export function readFixture(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(FIXTURES + relativePath));
}

/** Imports a fixture file the way the app does (Node host deps unless given). */
export async function importFixture(
  relativePath: string,
  deps: ArticleParserDeps = makeNodeArticleDeps(),
): Promise<ArticleParseResult> {
  const fileName = relativePath.split('/').pop() ?? relativePath;
  return parseArticleFile({ fileName, bytes: readFixture(relativePath) }, deps);
}

/** Imports a fixture that must succeed and returns its draft (fails the test with the error otherwise). */
export async function importArticle(relativePath: string, deps?: ArticleParserDeps): Promise<ArticleDraft> {
  const result = await importFixture(relativePath, deps);
  if (!result.ok) throw new Error(`${relativePath} was rejected: ${JSON.stringify(result.error)}`);
  return result.article;
}

/** The texts of an article's blocks. */
export function blockTexts(article: ArticleDraft): string[] {
  return article.blocks.map((block) => block.text);
}
