import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLE_CONTENT_LIMITS } from '../../../../shared/import/article-limits';
import { DEFAULT_ARTICLE_PARSE_LIMITS } from '../../../../shared/import/article-parser-deps';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { parseImportFile } from '../../../../shared/import-pipeline/parse-import-file';
import { readFixture } from './helpers/fixtures';
import { makeNodeArticleDeps } from './helpers/node-article-deps';
import { parseAndCheck } from './helpers/result-invariants';

const deps = makeNodeArticleDeps();
const encode = (text: string) => new TextEncoder().encode(text);

describe('article size limits', () => {
  it('rejects a 10 MB text of 5,000,000 short lines for its length, naming the file and the limit', async () => {
    const bytes = encode('x\n'.repeat(5_000_000));
    expect(bytes.length).toBe(10_000_000);
    const parsed = await parseImportFile({ fileName: 'fünf-millionen.txt', bytes }, deps);
    expect(parsed).toMatchObject({
      kind: 'rejected',
      rejection: {
        stage: 'article',
        code: 'too-much-text',
        values: {
          fileName: 'fünf-millionen.txt',
          maxCharacters: DEFAULT_ARTICLE_CONTENT_LIMITS.maxCharacters,
        },
      },
    });
  });

  it('rejects a text with more paragraphs than an article may have', async () => {
    const paragraphs = DEFAULT_ARTICLE_CONTENT_LIMITS.maxBlocks + 1;
    const text = Array.from({ length: paragraphs }, (_, index) => `Absatz ${index + 1}.`).join('\n\n');
    const result = await parseAndCheck('absätze.txt', encode(text), deps);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-many-blocks', values: { blocks: paragraphs, maxBlocks: paragraphs - 1 } },
    });
  });

  it('accepts a text with exactly the most paragraphs allowed', async () => {
    const paragraphs = DEFAULT_ARTICLE_CONTENT_LIMITS.maxBlocks;
    const text = Array.from({ length: paragraphs }, (_, index) => `Absatz ${index + 1}.`).join('\n\n');
    const result = await parseAndCheck('grenze.txt', encode(text), deps);
    expect(result.ok && result.article.blocks.length).toBe(paragraphs);
  });

  const FORMATS = [
    ['txt', 'txt/utf8-crlf.txt'],
    ['md', 'md/alibaba-analyse-frontmatter.md'],
    ['html', 'html/boersenblick-alibaba-cloud.html'],
    ['pdf', 'pdf/research-note-alibaba.pdf'],
  ] as const;
  for (const [format, fixture] of FORMATS) {
    it(`enforces the block and character limits on ${format} files`, async () => {
      const input = { fileName: fixture.split('/')[1]!, bytes: readFixture(fixture) };
      const full = await parseArticleFile(input, deps);
      expect(full.ok).toBe(true);
      const blocks = full.ok ? full.article.blocks.length : 0;
      const characters = full.ok ? full.article.blocks.reduce((sum, block) => sum + block.text.length, 0) : 0;
      const fewBlocks = await parseArticleFile(input, deps, {
        ...DEFAULT_ARTICLE_PARSE_LIMITS,
        maxBlocks: blocks - 1,
      });
      expect(fewBlocks).toMatchObject({ ok: false, error: { code: 'too-many-blocks', values: { blocks } } });
      const fewCharacters = await parseArticleFile(input, deps, {
        ...DEFAULT_ARTICLE_PARSE_LIMITS,
        maxCharacters: characters - 1,
      });
      expect(fewCharacters).toMatchObject({
        ok: false,
        error: { code: 'too-much-text', values: { fileName: input.fileName, maxCharacters: characters - 1 } },
      });
    });
  }
});

describe('control characters in text files', () => {
  it('imports German text with stray NUL, ESC and bidi marks, removes them and warns', async () => {
    const text =
      'Alibaba: Analysten sehen Kursziel bei 205 $\n\nDie Aktie\u0000 schloss bei 155,74 $.\u001b[0m ' +
      'Der \u202eKonzern\u202c meldet „starkes“ Wachstum im Cloud\u0007-Geschäft.\n';
    const result = await parseAndCheck('steuerzeichen.txt', encode(text), deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = result.article.blocks.map((block) => block.text).join('\n');
    expect(body).toBe(
      'Die Aktie schloss bei 155,74 $.[0m Der Konzern meldet „starkes“ Wachstum im Cloud-Geschäft.',
    );
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'control-characters-removed',
        values: { fileName: 'steuerzeichen.txt', count: 5 },
      }),
    ]);
  });

  it('warns nothing for clean text', async () => {
    const result = await parseAndCheck('sauber.txt', readFixture('txt/utf8-crlf.txt'), deps);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('still rejects real binary data read as text', async () => {
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let index = 0; index < random.length; index += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      random[index] = seed >>> 23;
    }
    const result = await parseAndCheck('zufall.txt', random, deps);
    expect(result.ok ? 'accepted' : result.error.code).toBe('binary-data');
  });
});

describe('time budget', () => {
  it('refuses a synchronous parse that finished after the budget', async () => {
    const bytes = encode('Absatz eins.\n\n'.repeat(5_000));
    const result = await parseArticleFile({ fileName: 'langsam.txt', bytes }, deps, {
      ...DEFAULT_ARTICLE_PARSE_LIMITS,
      timeBudgetMs: 0,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'timeout', values: { fileName: 'langsam.txt' } },
    });
  });
});
