import { describe, expect, it } from 'vitest';
import {
  exportW3cAnnotations,
  importW3cAnnotations,
  type W3cImportLibrary,
} from '../../../../shared/annotations/w3c-jsonld';
import type { Annotation } from '../../../../shared/model/annotation';
import { articleText } from '../../../../shared/model/article';
import { sliceCodePoints } from '../../../../shared/text/code-points';
import { sampleAnnotations, sampleArticles } from './sample-library';

const articles = sampleArticles();
const annotations = sampleAnnotations(articles, 50);
const NOW_MS = Date.UTC(2026, 10, 21, 14, 0, 0);
const exported = exportW3cAnnotations(annotations, articles, { generatedAtMs: NOW_MS });

/** The fields a user sees or edits, in a stable order for comparison. */
function userVisible(list: readonly Annotation[]) {
  return [...list]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ id, articleId, quote, position, tags, note, pin, createdAtMs, modifiedAtMs }) => ({
      id,
      articleId,
      quote,
      position,
      tags,
      note,
      pin,
      createdAtMs,
      modifiedAtMs,
    }));
}

function importReport(json: string, library: W3cImportLibrary = { articles }) {
  const result = importW3cAnnotations(json, library, { nowMs: NOW_MS });
  if (!result.ok) throw new Error(`import refused: ${result.error.code}`);
  return result.report;
}

describe('W3C import: round trip', () => {
  it('export → import into an empty library with the same articles gives identical annotations', () => {
    const report = importReport(exported.json);
    expect(report).toMatchObject({
      total: 50,
      orphaned: [],
      unknownArticle: [],
      alreadyPresent: [],
      invalid: [],
    });
    expect(report.imported).toHaveLength(50);
    expect(userVisible(report.imported)).toEqual(userVisible(annotations));
  });

  it('exports only what the filter keeps, and that subset comes back alike', () => {
    const risky = exportW3cAnnotations(annotations, articles, {
      generatedAtMs: NOW_MS,
      filter: (annotation) => annotation.tags.includes('risk'),
    });
    const expected = annotations.filter((annotation) => annotation.tags.includes('risk'));
    expect(risky.collection.total).toBe(expected.length);
    expect(userVisible(importReport(risky.json).imported)).toEqual(userVisible(expected));
  });

  it('reports annotations already in the library instead of importing them twice', () => {
    const existing = new Set(annotations.slice(0, 10).map((annotation) => annotation.id));
    const report = importReport(exported.json, { articles, existingAnnotationIds: existing });
    expect(report.alreadyPresent).toHaveLength(10);
    expect(report.imported).toHaveLength(40);
  });
});

describe('W3C import: matching and re-anchoring', () => {
  it('lists annotations of articles the library lacks, with their article title and quote', () => {
    const missing = articles[0]!;
    const report = importReport(exported.json, { articles: articles.slice(1) });
    const expected = annotations.filter((annotation) => annotation.articleId === missing.id);
    expect(report.unknownArticle).toHaveLength(expected.length);
    expect(report.unknownArticle[0]).toMatchObject({
      articleUri: `urn:kursnotiz:article:${missing.contentHash}`,
      articleTitle: missing.title,
    });
    expect(report.unknownArticle.map((entry) => entry.quote).sort()).toEqual(
      expected.map((a) => a.quote.exact).sort(),
    );
  });

  it('re-anchors a hand-edited file whose positions are wrong or missing, and refreshes the selectors', () => {
    const document = structuredClone(exported.collection);
    const [first, second] = document.first.items;
    first!.target.selector[1] = { type: 'TextPositionSelector', start: 0, end: 5 };
    second!.target.selector = [second!.target.selector[0]] as never;
    const report = importReport(JSON.stringify(document));
    expect(report.imported).toHaveLength(50);
    expect(userVisible(report.imported)).toEqual(userVisible(annotations));
  });

  it('keeps annotations whose passage is gone as orphans with their quote, never deleted', () => {
    const document = structuredClone(exported.collection);
    const item = document.first.items[3]!;
    item.target.selector[0].exact =
      'Dieser Satz stand nie in einem der Artikel über Alibaba und seine Cloud.';
    const report = importReport(JSON.stringify(document));
    expect(report.imported).toHaveLength(49);
    expect(report.orphaned).toHaveLength(1);
    expect(report.orphaned[0]!.annotation.quote.exact).toBe(item.target.selector[0].exact);
    expect(report.orphaned[0]!.annotation.note).toBe(annotations.find((a) => item.id.endsWith(a.id))!.note);
  });

  it("imports another tool's text-quote annotation (bodyValue, no position, single target object)", () => {
    const article = articles[2]!;
    const text = articleText(article.blocks);
    const exact = 'das hauseigene KI-Modell „Qwen“';
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      bodyValue: 'Wichtig für die KI-These',
      target: {
        source: `urn:kursnotiz:article:${article.contentHash}`,
        selector: { type: 'TextQuoteSelector', exact },
      },
    };
    const report = importReport(JSON.stringify(foreign));
    const [annotation] = report.imported;
    expect(annotation).toMatchObject({
      id: 'https://hypothes.is/a/abc123',
      articleId: article.id,
      note: 'Wichtig für die KI-These',
    });
    expect(sliceCodePoints(text, annotation!.position.start, annotation!.position.end)).toBe(exact);
    expect(annotation!.quote.prefix.length).toBeGreaterThan(0);
    expect(annotation!.createdAtMs).toBe(NOW_MS);
  });
});
