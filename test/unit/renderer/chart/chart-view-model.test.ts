import { describe, expect, it } from 'vitest';
import { buildChartViewModel } from '../../../../renderer/chart/chart-view-model';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

/** Intl writes no-break spaces; tests compare with plain ones. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('buildChartViewModel', () => {
  it('labels every USD line with its implied move from the 155.74 close (German)', () => {
    const model = buildChartViewModel({ ...makeSeedChartData(), quoteSeries: [], language: 'de' });
    expect(model.lines.map((line) => plain(line.title))).toEqual([
      'Kursziel Ø 205 $ · +31,6 %',
      'Fairer Wert 198 $ · +27,1 %',
      'Kursziel Ø 194 $ · +24,6 %',
      '52-Wochen-Hoch 192 $ · +23,3 %',
      'Marke 150 $ · -3,7 %',
      'Schlusskurs 155,74 $',
    ]);
    expect(model.lines.at(-1)?.isLatestClose).toBe(true);
    expect(plain(model.bandText)).toBe('Kursziel-Spanne der Analysten: 194,00 $ – 205,00 $');
    expect(plain(model.basisText)).toBe('Bezug: Schlusskurs 155,74 $ vom 2. Jan. 2026 (aus Artikel)');
  });

  it('names each legend jump after its level and cites the article with its date', () => {
    const model = buildChartViewModel({ ...makeSeedChartData(), quoteSeries: [], language: 'de' });
    const target = model.entries.find((entry) => entry.level.id === 'lv-target-205')!;
    expect(plain(target.goToName)).toBe('Zur Textstelle: Kursziel Ø 205,00 $');
    expect(plain(target.sourceText)).toBe('Quelle (3. Jan. 2026): Alibaba Aktie: KI-Strategie zündet');
    expect(plain(target.moveText)).toBe('+31,6 %');
  });

  it('keeps the Frankfurt EUR close out of the USD lines and gives it no implied move (English)', () => {
    const model = buildChartViewModel({ ...makeSeedChartData(), quoteSeries: [], language: 'en' });
    expect(model.lines.some((line) => line.value === 132.2)).toBe(false);
    expect(model.otherEntries).toHaveLength(1);
    const frankfurt = model.otherEntries[0]!;
    expect(plain(frankfurt.priceText)).toBe('€132.20');
    expect(frankfurt.moveText).toBeNull();
    expect(frankfurt.goToName).toBe('Go to passage: Close €132.20');
  });

  it('spans the time axis over the article dates and takes a newer imported close as the basis', () => {
    const data = makeSeedChartData();
    const model = buildChartViewModel({
      ...data,
      language: 'en',
      quoteSeries: [
        {
          listing: 'NYSE:BABA',
          symbol: 'BABA',
          currency: 'USD',
          interval: 'daily',
          bars: [
            { time: '2026-01-05', close: 164 },
            { time: '2025-12-31', close: 150.1 },
          ],
          sourceName: 'baba.csv',
          importedAtMs: 1,
        },
      ],
    });
    expect(model.articleDates).toEqual(['2025-03-05', '2026-01-03', '2025-12-13']);
    expect(model.basisText).toBe('Basis: close $164.00 on Jan 5, 2026 (Import: baba.csv)');
    expect(model.importedText).toBe(
      'Price history (line): baba.csv, 2 closes from Dec 31, 2025 to Jan 5, 2026',
    );
    expect(model.lines.some((line) => line.isLatestClose)).toBe(false);
    expect(plain(model.lines[0]!.title)).toBe('Target avg $205 · +25.0%');
  });

  it('shows an honest empty state when no article states a level', () => {
    const model = buildChartViewModel({ articles: [], levels: [], quoteSeries: [], language: 'de' });
    expect(model.lines).toEqual([]);
    expect(model.latest).toBeNull();
    expect(model.basisText).toBe('Kein Schlusskurs bekannt: keine Kurspotenziale berechnet.');
  });

  it('ignores malformed dates instead of handing them to the chart', () => {
    const data = makeSeedChartData();
    const close = data.levels.find((level) => level.id === 'lv-close')!;
    const levels = [...data.levels.filter((level) => level !== close), { ...close, asOf: '2026-13-01' }];
    const articles = data.articles.map((article, index) =>
      index === 0 ? { ...article, publishedOn: 'bald' } : article,
    );
    const model = buildChartViewModel({ articles, levels, quoteSeries: [], language: 'de' });
    expect(model.latest).toBeNull();
    expect(model.articleDates).toEqual(['2026-01-03', '2025-12-13']);
    expect(model.lines.find((line) => line.value === 205)!.title).not.toContain('%');
  });
});
