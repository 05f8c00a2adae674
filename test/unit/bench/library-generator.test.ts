// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_BYTES,
  generateLibrary,
  makeSearchQueries,
  type GeneratedLibrary,
} from '../../bench/library/library-generator';
import { parseImportFile } from '../../../shared/import-pipeline/parse-import-file';
import { parsePriceCsv } from '../../../shared/import/csv';
import { articleText } from '../../../shared/model/article';
import { TAG_VOCABULARY } from '../../../shared/model/annotation';
import { makeNodeArticleDeps } from '../shared/import/helpers/node-article-deps';

const encoder = new TextEncoder();
// One full-size library for all tests: generating it takes about a second.
const library: GeneratedLibrary = generateLibrary();

describe('generateLibrary', () => {
  it('is deterministic: the same seed gives the same library, another seed another one', () => {
    const again = generateLibrary({ articleCount: 40, annotationCount: 300 });
    const same = generateLibrary({ articleCount: 40, annotationCount: 300 });
    const other = generateLibrary({ articleCount: 40, annotationCount: 300, seed: 1 });
    expect(same).toEqual(again);
    expect(again.articles.map((article) => article.text)).toEqual(
      library.articles.slice(0, 40).map((article) => article.text),
    );
    expect(other.articles[0]!.text).not.toBe(again.articles[0]!.text);
  });

  it('makes 1,000 articles of 3–8 kB, 10,000 annotations and ten years of weekday quotes', () => {
    expect(library.articles).toHaveLength(1_000);
    const sizes = library.articles.map((article) => encoder.encode(article.text).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(ARTICLE_BYTES.min);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(ARTICLE_BYTES.max);
    // Spread over the range, not all at one size.
    expect(sizes.filter((size) => size < 4_500).length).toBeGreaterThan(150);
    expect(sizes.filter((size) => size > 6_500).length).toBeGreaterThan(150);
    expect(library.annotations).toHaveLength(10_000);
    expect(library.quoteDays).toBeGreaterThanOrEqual(10 * 260);
    expect(library.quoteDays).toBeLessThanOrEqual(10 * 262);
  });

  it('varies the text: unique articles and titles, most sentences unique, dates over all ten years', () => {
    expect(new Set(library.articles.map((article) => article.text)).size).toBe(1_000);
    expect(new Set(library.articles.map((article) => article.fileName)).size).toBe(1_000);
    expect(new Set(library.articles.map((article) => article.title)).size).toBeGreaterThan(600);
    const sentences = library.articles.flatMap((article) => article.sentences);
    // Some boilerplate repeats, as in real news ("Ein Sprecher wollte sich nicht äußern"), but not most.
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.4);
    expect(new Set(sentences).size).toBeGreaterThan(20_000);
    const years = new Set(library.articles.map((article) => article.publishedOn.slice(0, 4)));
    expect(years.size).toBe(10);
  });

  it('spreads annotations unevenly over most articles, each quoting a passage of its article', () => {
    const perArticle = new Map<number, number>();
    for (const annotation of library.annotations) {
      perArticle.set(annotation.articleIndex, (perArticle.get(annotation.articleIndex) ?? 0) + 1);
      expect(library.articles[annotation.articleIndex]!.text).toContain(annotation.exact);
      expect(TAG_VOCABULARY as readonly string[]).toContain(annotation.tags[0]);
    }
    expect(perArticle.size).toBeGreaterThan(700);
    expect(perArticle.size).toBeLessThan(1_000);
    expect(Math.max(...perArticle.values())).toBeGreaterThan(30);
    const withNote = library.annotations.filter((annotation) => annotation.note !== '').length;
    expect(withNote / library.annotations.length).toBeGreaterThan(0.5);
    expect(withNote / library.annotations.length).toBeLessThan(0.7);
    expect(new Set(library.annotations.map((annotation) => annotation.note)).size).toBeGreaterThan(1_000);
  });

  it('reads back through the real import as written: title, stated date and every quoted passage', async () => {
    const deps = makeNodeArticleDeps();
    for (const [index, article] of library.articles.slice(0, 25).entries()) {
      const parsed = await parseImportFile(
        { fileName: article.fileName, bytes: encoder.encode(article.text) },
        deps,
      );
      expect(parsed.kind).toBe('article');
      if (parsed.kind !== 'article') continue;
      expect(parsed.article.title).toBe(article.title);
      expect(parsed.article.publishedOn).toBe(article.publishedOn);
      const text = articleText(parsed.article.blocks);
      for (const annotation of library.annotations.filter((item) => item.articleIndex === index))
        expect(text).toContain(annotation.exact);
    }
  });

  it('writes a Yahoo CSV the price import reads as a daily series kept in BABA-like bounds', () => {
    const preview = parsePriceCsv(encoder.encode(library.quotesCsv), 'BABA.csv');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.stats.barsKept).toBe(library.quoteDays);
    expect(preview.detected.interval).toBe('daily');
    const closes = library.quotesCsv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(',')[4]));
    expect(Math.min(...closes)).toBeGreaterThanOrEqual(55);
    expect(Math.max(...closes)).toBeLessThanOrEqual(320);
  });
});

describe('makeSearchQueries', () => {
  it('makes varied, deterministic queries', () => {
    const queries = makeSearchQueries(library, 200);
    expect(queries).toEqual(makeSearchQueries(library, 200));
    expect(queries.length).toBeGreaterThan(190);
    expect(new Set(queries).size).toBeGreaterThan(100);
    expect(queries.some((query) => query.includes(' '))).toBe(true);
    expect(queries.some((query) => /ae|oe|ue/u.test(query))).toBe(true);
  });
});
