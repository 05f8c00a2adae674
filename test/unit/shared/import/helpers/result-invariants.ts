import { expect } from 'vitest';
import type { ArticleParseResult } from '../../../../../shared/import/article-draft';
import type { ArticleParserDeps } from '../../../../../shared/import/article-parser-deps';
import { parseArticleFile } from '../../../../../shared/import/parse-article-file';

/** Error codes a malformed file may legitimately get ('internal' means a crash we caught: a bug). */
const EXPECTED_CODES = new Set([
  'unsupported-type',
  'empty',
  'too-large',
  'corrupt-pdf',
  'encrypted-pdf',
  'binary-data',
  'encoding',
  'no-article-text',
  'too-complex',
  'too-many-blocks',
  'too-much-text',
]);

/** Parses one input and checks what every result must satisfy: typed errors, clean blocks (speed is in `npm run bench`). */
export async function parseAndCheck(
  fileName: string,
  bytes: Uint8Array,
  deps: ArticleParserDeps,
): Promise<ArticleParseResult> {
  const result = await parseArticleFile({ fileName, bytes }, deps);
  if (!result.ok) {
    expect(EXPECTED_CODES.has(result.error.code), `unexpected error ${JSON.stringify(result.error)}`).toBe(
      true,
    );
    return result;
  }
  const { article } = result;
  expect(article.blocks.length).toBeGreaterThan(0);
  expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/u);
  expect(article.title.length).toBeGreaterThan(0);
  for (const block of article.blocks) {
    expect(block.text).toBe(block.text.normalize('NFC'));
    expect(block.text).not.toContain('\n\n');
    expect(block.text.trim()).toBe(block.text);
    expect(['heading', 'paragraph', 'list-item', 'quote']).toContain(block.kind);
  }
  return result;
}
