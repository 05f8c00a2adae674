import { describe, expect, it } from 'vitest';
import { buildDossier, dossierToMarkdown } from '../../../../shared/export';
import { dossierLabels } from '../../../../renderer/export/dossier-labels';
import { seedSource } from './seed-dossier';

function dossierOf(options: Parameters<typeof seedSource>[0]) {
  const result = buildDossier(seedSource(options));
  if (!result.ok) throw new Error(result.error.message);
  return result.dossier;
}

describe('buildDossier', () => {
  it('refuses with empty-scope when the tag filter matches no annotation, instead of an empty document', () => {
    const result = buildDossier(seedSource({ tags: ['no-such-tag'] }));
    expect(result).toMatchObject({ ok: false, error: { code: 'empty-scope' } });
  });

  it('refuses when the current article has no annotation or no article is chosen', () => {
    const source = seedSource({ scope: 'current' });
    const bare = source.articles.find(
      (article) => !source.annotations.some((a) => a.articleId === article.id),
    );
    expect(bare).toBeDefined();
    expect(buildDossier({ ...source, currentArticleId: bare?.id ?? null })).toMatchObject({
      ok: false,
      error: { code: 'empty-scope' },
    });
    expect(buildDossier({ ...source, currentArticleId: null })).toMatchObject({
      error: { code: 'no-current-article' },
    });
    expect(buildDossier(seedSource({ scope: 'chosen', chosenArticleIds: [] }))).toMatchObject({
      error: { code: 'nothing-chosen' },
    });
  });

  it('keeps only the tagged annotations of the chosen articles, placed ones in text order, orphans apart', () => {
    const all = seedSource();
    const firstId = all.articles[0]?.id ?? '';
    const dossier = dossierOf({ scope: 'chosen', chosenArticleIds: [firstId], tags: ['risk'] });
    expect(dossier.articles.map((item) => item.article.id)).toEqual([firstId]);
    const [item] = dossier.articles;
    expect(item?.passages.every((passage) => passage.tags.includes('risk'))).toBe(true);
    expect(item?.orphans.map((passage) => passage.annotationId)).toEqual(['ann-orphan']);
    const everything = dossierOf({});
    const starts = everything.articles[0]?.passages.map((passage) => passage.startCodePoints ?? -1) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('lists stated closes and targets with implied moves from the latest close', () => {
    const dossier = dossierOf({});
    const target205 = dossier.levelRows.find((row) => row.kind === 'target' && row.value === 205);
    expect(dossier.latestClose).toMatchObject({ value: 155.74, currency: 'USD' });
    expect(target205?.movePercent).toBeCloseTo(31.63, 1);
    expect(dossier.chartPngDataUrl).toBeNull();
  });
});

describe('dossierToMarkdown', () => {
  it('writes per article title, source, date, each quote with tag and note, and the orphans apart', () => {
    const dossier = dossierOf({});
    const markdown = dossierToMarkdown(dossier, dossierLabels('de'));
    expect(markdown.startsWith('# Kursnotiz-Dossier: Alibaba (BABA)\n')).toBe(true);
    for (const item of dossier.articles) {
      expect(markdown).toContain(`## ${item.article.title}`);
      expect(markdown).toContain(`Quelle: ${item.article.source.replace(/_/gu, '\\_')}`);
    }
    expect(markdown).toContain('Veröffentlicht: 11. Sept. 2025');
    expect(markdown).toContain('- **Risiko · Cloud**');
    expect(markdown).toContain('  - Risiko 2: Exportkontrollen für Chips (Nr. 2)');
    expect(markdown).toContain('### Nicht mehr verankerte Markierungen');
    expect(markdown).toContain('„Dieser Satz über Großaktionäre stand früher im Artikel“');
    const firstQuote = dossier.articles[0]?.passages[0]?.quote ?? 'missing';
    expect(markdown).toContain(`> „${firstQuote}“`);
  });

  it('uses English labels and quotation marks when asked', () => {
    const markdown = dossierToMarkdown(dossierOf({ labelLanguage: 'en' }), dossierLabels('en'));
    expect(markdown).toContain('Published: Sep 11, 2025');
    expect(markdown).toContain('- **risk · Cloud**');
    expect(markdown).toContain('### Highlights no longer anchored');
  });
});
