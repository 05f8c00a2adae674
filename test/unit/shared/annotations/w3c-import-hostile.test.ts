import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportW3cAnnotations,
  formatW3cImportError,
  importW3cAnnotations,
} from '../../../../shared/annotations/w3c-jsonld';
import { sampleAnnotations, sampleArticles } from './sample-library';

const articles = sampleArticles();
const NOW_MS = Date.UTC(2026, 10, 21, 14, 0, 0);
const { collection } = exportW3cAnnotations(sampleAnnotations(articles, 6), articles, {
  generatedAtMs: NOW_MS,
});

function run(json: string, options: { maxChars?: number; maxAnnotations?: number } = {}) {
  return importW3cAnnotations(json, { articles }, { nowMs: NOW_MS, ...options });
}

/** Import of a copy of the export whose first item was changed by `mutate`. */
function withFirstItem(mutate: (item: Record<string, unknown>) => void) {
  const document = structuredClone(collection) as unknown as { first: { items: Record<string, unknown>[] } };
  mutate(document.first.items[0]!);
  const result = run(JSON.stringify(document));
  if (!result.ok) throw new Error(result.error.code);
  return result.report;
}

describe('W3C import: refused files', () => {
  it.each([
    ['not JSON', '{"type": "AnnotationCollection", ', 'not-json'],
    ['JSON null', 'null', 'not-an-annotation-file'],
    ['a number', '42', 'not-an-annotation-file'],
    ['an unrelated object', '{"name": "Portfolio"}', 'not-an-annotation-file'],
    [
      'a collection paged elsewhere',
      '{"type": "AnnotationCollection", "first": "https://x.example/p1"}',
      'not-an-annotation-file',
    ],
    ['a page without items', '{"type": "AnnotationPage"}', 'not-an-annotation-file'],
  ])('refuses %s with a typed error', (_label, json, code) => {
    expect(run(json)).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a file above the size limit before parsing it, naming size and limit', () => {
    expect(run(JSON.stringify(collection), { maxChars: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', values: { limitChars: 1000 } },
    });
  });

  it('refuses more annotations than the limit', () => {
    expect(run(JSON.stringify(collection), { maxAnnotations: 5 })).toMatchObject({
      ok: false,
      error: { code: 'too-many-annotations', values: { count: 6, limit: 5 } },
    });
  });

  it('survives absurdly deep nesting', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(() => run(deep)).not.toThrow();
  });
});

describe('W3C import: refused items, the rest still imported', () => {
  it.each([
    [
      'a position with end before start',
      (item: Record<string, unknown>) => {
        (item.target as { selector: unknown[] }).selector[1] = {
          type: 'TextPositionSelector',
          start: 40,
          end: 10,
        };
      },
      'invalid-position',
    ],
    [
      'a fractional position',
      (item: Record<string, unknown>) => {
        (item.target as { selector: unknown[] }).selector[1] = {
          type: 'TextPositionSelector',
          start: 1.5,
          end: 10,
        };
      },
      'invalid-position',
    ],
    ['no target', (item: Record<string, unknown>) => delete item.target, 'invalid-field'],
    [
      'no text quote',
      (item: Record<string, unknown>) => {
        (item.target as { selector: unknown[] }).selector = [{ type: 'CssSelector', value: '#p1' }];
      },
      'no-text-quote',
    ],
    [
      'a broken chart pin',
      (item: Record<string, unknown>) => {
        item['kursnotiz:pin'] = { 'kursnotiz:pinType': 'level', 'kursnotiz:value': -3 };
      },
      'invalid-field',
    ],
    ['a bad created date', (item: Record<string, unknown>) => (item.created = 'gestern'), 'invalid-field'],
    ['a wrong type', (item: Record<string, unknown>) => (item.type = 'Comment'), 'not-an-annotation'],
    [
      'a huge quote',
      (item: Record<string, unknown>) => {
        (item.target as { selector: { exact: string }[] }).selector[0]!.exact = 'x'.repeat(100_000);
      },
      'no-text-quote',
    ],
  ])('refuses an item with %s and imports the others', (_label, mutate, code) => {
    const report = withFirstItem(mutate);
    expect(report.invalid).toEqual([{ index: 0, code, detail: expect.any(String) as string }]);
    expect(report.imported).toHaveLength(5);
  });

  it('refuses the second of two items with the same id', () => {
    const document = structuredClone(collection);
    document.first.items.push(document.first.items[0]!);
    const result = run(JSON.stringify(document));
    expect(result.ok && result.report.invalid).toEqual([
      { index: 6, code: 'duplicate-id', detail: expect.any(String) as string },
    ]);
  });

  it('ignores __proto__ keys instead of polluting prototypes', () => {
    const json = JSON.stringify(collection).replace(
      '"type":"Annotation"',
      '"__proto__":{"polluted":true},"type":"Annotation"',
    );
    const result = run(json);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on arbitrary JSON, nor on an export with random fields replaced by random values', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(() => run(json)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    const paths = ['id', 'type', 'created', 'body', 'target', 'kursnotiz:pin', 'motivation'];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (key, value) => {
        const document = structuredClone(collection) as unknown as {
          first: { items: Record<string, unknown>[] };
        };
        document.first.items[1]![key] = value;
        const result = run(JSON.stringify(document));
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.report.imported.length + result.report.invalid.length).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('W3C import: messages', () => {
  it('gives the refused file a German and English message with its numbers filled in', () => {
    const result = run(JSON.stringify(collection), { maxAnnotations: 5 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatW3cImportError(result.error, 'de')).toBe(
      'Die Datei enthält 6 Anmerkungen; importiert werden höchstens 5 auf einmal.',
    );
    expect(formatW3cImportError(result.error, 'en')).toContain('holds 6 annotations');
  });
});
