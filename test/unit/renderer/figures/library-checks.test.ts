import { describe, expect, it } from 'vitest';
import { createFigureCache, extractArticleFigures } from '../../../../renderer/figures/article-figures';
import { buildChecksViewModel, type CheckItemView } from '../../../../renderer/figures/checks-view-model';
import { runLibraryChecks } from '../../../../renderer/figures/library-checks';
import type { QuoteSeries } from '../../../../shared/model/quote';
import { loadSeedLibrary } from '../../shared/export/seed-dossier';

const library = loadSeedLibrary();
const inputs = { articles: library.articles, levels: library.levels, quoteSeries: [] };

/** Intl writes a no-break space before "$" and "%"; the tests spell plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/gu, ' ');

function itemWith(items: readonly CheckItemView[], heading: string): CheckItemView {
  const found = items.find((candidate) => plain(candidate.heading).includes(heading));
  const item = found && { ...found, heading: plain(found.heading), lines: found.lines.map(plain) };
  if (!item) throw new Error(`no check headed "${heading}" in: ${items.map((i) => i.heading).join(' | ')}`);
  return item;
}

describe('narrative checks of the seed library, as the Checks view shows them', () => {
  const results = runLibraryChecks(inputs, createFigureCache());
  const german = buildChecksViewModel(results, library.articles, 'de');

  it('finds 205 with "30 bis 40 Prozent" consistent against the close 155.74 (+31.6 %)', () => {
    const item = itemWith(german.items, 'Kursziel 205,00 $ und genanntes Potenzial „30 bis 40 Prozent“');
    expect(item.verdict).toBe('consistent');
    expect(item.lines.join(' ')).toContain('Vom Schlusskurs 155,74 $ (2. Jan. 2026) aus sind es +31,6 %');
  });

  it('says which price "194 … fast 30 Prozent" assumed: about 149 USD, the 150 mark', () => {
    const item = itemWith(german.items, 'Kursziel 194,00 $ und genanntes Potenzial „fast 30 Prozent“');
    // The close is later than the article: another reference price, not a contradiction.
    expect(item.verdict).toBe('open');
    expect(item.lines.join(' ')).toContain('Dieser Schlusskurs ist jünger als der Artikel (30. Dez. 2025)');
    expect(item.lines.join(' ')).toMatch(/Kurs von etwa 149,23\s\$ angenommen/u);
    expect(item.lines.join(' ')).toContain('Das passt zu „150 US-Dollar“ (Kursmarke).');
  });

  it('links each stated-move check to both passages, the target and the stated move', () => {
    for (const heading of ['Kursziel 205,00 $', 'Kursziel 194,00 $']) {
      const item = itemWith(german.items, heading);
      const [target, move] = item.links;
      expect(target!.passage.articleId).toBe(move!.passage.articleId);
      const text = extractArticleFigures(
        library.articles.find((a) => a.id === target!.passage.articleId)!,
      ).text;
      const slice = (link: typeof target) =>
        [...text].slice(link!.passage.startCodePoints, link!.passage.endCodePoints).join('');
      expect(slice(target)).toBe(target!.surface);
      expect(slice(move)).toMatch(/Prozent$/u);
    }
  });

  it('flags 53 versus 54 billion USD for the same plan, with "über 50" and a link to each article', () => {
    const item = itemWith(german.items, 'Derselbe Betrag, verschieden angegeben');
    expect(item.verdict).toBe('conflict');
    expect(item.lines.join(' ')).toContain('53 Mrd. $ gegen 54 Mrd. $');
    expect(item.lines[0]).toContain('über 50 Mrd. $');
    expect(item.lines.join(' ')).toContain(
      '„über 50 Milliarden US-Dollar“ ist eine Grenze und passt zu den genauen Angaben.',
    );
    const articleIds = new Set(item.links.map((link) => link.passage.articleId));
    expect(articleIds.size).toBeGreaterThanOrEqual(3);
  });

  it('summarises the consensus of the confirmed targets with the implied move from the close', () => {
    const item = itemWith(german.items, 'Kursziel-Konsens aus 2 bestätigten Kurszielen');
    expect(item.lines[0]).toBe('Niedrigstes 194,00 $, höchstes 205,00 $, Mittelwert 199,50 $');
    expect(item.lines[1]).toContain('zum Mittel +28,1 %');
    expect(german.conflictCount).toBe(1);
    expect(german.items).toHaveLength(5);
  });

  it('counts only targets on the chart: an unconfirmed one stays out of the consensus', () => {
    const without194 = library.levels.filter((level) => level.value !== 194);
    const items = buildChecksViewModel(
      runLibraryChecks({ ...inputs, levels: without194 }, createFigureCache()),
      library.articles,
      'de',
    ).items;
    expect(itemWith(items, 'Kursziel-Konsens aus 1 bestätigten Kurszielen').lines[0]).toContain(
      'Niedrigstes 205,00 $, höchstes 205,00 $',
    );
  });

  it('recomputes against a newer imported close instead of the article quote', () => {
    const series: QuoteSeries = {
      listing: 'NYSE:BABA',
      symbol: 'BABA',
      currency: 'USD',
      interval: 'daily',
      sourceName: 'BABA.csv',
      importedAtMs: 0,
      bars: [{ time: '2026-01-09', open: 150, high: 151, low: 148, close: 150 }],
    };
    const items = buildChecksViewModel(
      runLibraryChecks({ ...inputs, quoteSeries: [series] }, createFigureCache()),
      library.articles,
      'de',
    ).items;
    const item = itemWith(items, 'Kursziel 194,00 $');
    expect(item.verdict).toBe('consistent');
    expect(item.lines[0]).toContain('Vom Schlusskurs 150,00 $ (9. Jan. 2026) aus sind es +29,3 %');
  });

  it('writes numbers and dates the English way in English', () => {
    const english = buildChecksViewModel(results, library.articles, 'en');
    const item = itemWith(english.items, 'Price target $205.00 and stated move “30 bis 40 Prozent”');
    expect(item.lines[0]).toContain('From the close $155.74 (Jan 2, 2026) the move is +31.6%');
    expect(itemWith(english.items, 'The same amount, stated differently').lines.join(' ')).toContain(
      '$53B versus $54B',
    );
  });
});
