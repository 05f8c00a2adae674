import { describe, expect, it } from 'vitest';
import type { ArticleImportErrorCode } from '../../../../shared/import/article-draft';
import { DEFAULT_ARTICLE_PARSE_LIMITS } from '../../../../shared/import/article-parser-deps';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { importFixture, readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';

describe('files the import rejects, each with a typed reason', () => {
  it.each<[string, ArticleImportErrorCode]>([
    ['bad/empty.txt', 'empty'],
    ['bad/whitespace-only.md', 'empty'],
    ['bad/binary-data.txt', 'binary-data'],
    ['bad/encrypted.pdf', 'encrypted-pdf'],
    ['bad/truncated.pdf', 'corrupt-pdf'],
    ['bad/not-really.pdf', 'corrupt-pdf'],
    ['pdf/image-only.pdf', 'no-article-text'],
  ])('%s → %s', async (path, code) => {
    const result = await importFixture(path);
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
    if (!result.ok) {
      expect(result.error.values.fileName).toBe(path.split('/')[1]);
      expect(result.error.message).toContain(path.split('/')[1]);
    }
  });

  it('rejects unknown file types by extension, naming the extension', async () => {
    const result = await parseArticleFile(
      { fileName: 'Kursliste.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      makeNodeArticleDeps(),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unsupported-type', values: { extension: 'xlsx' } },
    });
  });

  it('rejects files over the size limit before reading them, with both sizes for the message', async () => {
    const bytes = readFixture('txt/utf8-bom.txt');
    const result = await parseArticleFile({ fileName: 'gross.txt', bytes }, makeNodeArticleDeps(), {
      ...DEFAULT_ARTICLE_PARSE_LIMITS,
      maxBytes: 100,
      timeBudgetMs: 5000,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-large', values: { sizeBytes: bytes.length, limitBytes: 100 } },
    });
  });

  it('rejects a PNG renamed to .txt as binary data', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const result = await parseArticleFile({ fileName: 'bild.txt', bytes: png }, makeNodeArticleDeps());
    expect(result.ok ? 'accepted' : result.error.code).toBe('binary-data');
  });

  it('stops a PDF that outlasts the time budget with a timeout', async () => {
    const deps = { ...makeNodeArticleDeps(), loadPdfjs: () => new Promise<never>(() => undefined) };
    const result = await parseArticleFile(
      { fileName: 'langsam.pdf', bytes: readFixture('pdf/research-note-alibaba.pdf') },
      deps,
      { ...DEFAULT_ARTICLE_PARSE_LIMITS, maxBytes: 1_000_000, timeBudgetMs: 200 },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout', values: { budgetMs: 200 } } });
  });

  it('turns a failing host dependency into an internal error instead of throwing', async () => {
    const deps = {
      ...makeNodeArticleDeps(),
      parseHtml: (): never => {
        throw new Error('DOM unavailable');
      },
    };
    const result = await parseArticleFile(
      { fileName: 'seite.html', bytes: readFixture('html/boersenblick-alibaba-cloud.html') },
      deps,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
