// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../../shared/import-pipeline/parse-import-file';
import {
  ARTICLE_EXTENSIONS,
  isImportableFileName,
} from '../../../../shared/import-pipeline/import-file-rules';
import { ARTICLE_FILE_EXTENSIONS } from '../../../../shared/import/parse-article-file';
import {
  importBatchSchema,
  parsedImportFileSchema,
} from '../../../../shared/import-pipeline/transfer-schema';
import { makeNodeArticleDeps } from '../import/helpers/node-article-deps';

const deps = makeNodeArticleDeps();

function parseFixture(path: string) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${path}`, import.meta.url)));
  return parseImportFile({ fileName: path.split('/').pop()!, bytes }, deps);
}

describe('parseImportFile', () => {
  it('reads Excel "Unicode text" (.txt, UTF-16 tabs) as a price history and prose .txt as an article', async () => {
    const sheet = await parseFixture('csv/9988.HK woechentlich (Excel Unicode).txt');
    const prose = await parseFixture('txt/windows-1252.txt');
    expect(sheet.kind).toBe('price-csv');
    expect(sheet.kind === 'price-csv' && sheet.preview.detected.interval).toBe('weekly');
    expect(prose.kind).toBe('article');
    expect(prose.kind === 'article' && prose.article.title).toBe(
      'Alibaba-Aktie: Anleger hoffen auf die Wende',
    );
  });

  it('names the CSV problem for a broken .csv instead of trying it as an article', async () => {
    const broken = await parseFixture('csv/broken/no-price-column.csv');
    expect(broken).toMatchObject({ kind: 'rejected', rejection: { stage: 'csv', code: 'no-price-column' } });
  });

  it('rejects unsupported types and oversized bytes with typed file errors', async () => {
    const sheet = await parseFixture('e2e/kursliste.xlsx');
    const huge = await parseImportFile(
      { fileName: 'gross.txt', bytes: new Uint8Array(21 * 1024 * 1024) },
      deps,
    );
    expect(sheet).toMatchObject({
      kind: 'rejected',
      rejection: { code: 'unsupported-type', values: { extension: 'xlsx' } },
    });
    expect(huge).toMatchObject({ kind: 'rejected', rejection: { code: 'too-large' } });
  });
});

describe('transfer schema', () => {
  it('accepts what the parsers produce for real files (articles, a price history, rejections)', async () => {
    const files = await Promise.all(
      [
        'html/boersenblick-alibaba-cloud.html',
        'pdf/research-note-alibaba.pdf',
        'csv/BABA Historische Daten.csv',
        'bad/encrypted.pdf',
      ].map(parseFixture),
    );
    expect(importBatchSchema.safeParse({ files, isCancelled: false }).success).toBe(true);
  });

  it('refuses a message that is not plain parse data (e.g. a forged article without a valid hash)', async () => {
    const article = await parseFixture('txt/utf8-bom.txt');
    expect(article.kind).toBe('article');
    const forged = {
      ...article,
      article: { ...(article.kind === 'article' ? article.article : {}), contentHash: 'x' },
    };
    expect(parsedImportFileSchema.safeParse(forged).success).toBe(false);
    expect(parsedImportFileSchema.safeParse({ kind: 'article', fileName: 'a.txt' }).success).toBe(false);
  });
});

describe('import file rules', () => {
  it('accept exactly the article parser extensions plus CSV', () => {
    expect([...ARTICLE_EXTENSIONS].sort()).toEqual([...ARTICLE_FILE_EXTENSIONS].sort());
    expect(isImportableFileName('Kurse.CSV')).toBe(true);
    expect(isImportableFileName('bericht.docx')).toBe(false);
  });
});
