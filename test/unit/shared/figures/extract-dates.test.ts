import { describe, expect, it } from 'vitest';
import { extractDates, extractFigures } from '../../../../shared/figures';
import { sliceCodePoints } from '../../../../shared/text/code-points';

function only(text: string, articleDate?: string) {
  const dates = extractDates(text, articleDate ? { articleDate } : undefined);
  expect(dates).toHaveLength(1);
  const [date] = dates;
  expect(sliceCodePoints(text, date!.startCodePoints, date!.endCodePoints)).toBe(date!.surface);
  return date!;
}

describe('dates in article text', () => {
  it('reads explicit dates with and without a year', () => {
    expect(only('Die Aktie schloss am 2. Januar 2026 fester.')).toMatchObject({
      surface: '2. Januar 2026',
      granularity: 'day',
      fromIso: '2026-01-02',
      isRelative: false,
    });
    expect(only('Der Bericht vom 14.12.2025 liegt vor.')).toMatchObject({
      fromIso: '2025-12-14',
      granularity: 'day',
    });
    expect(only('Neue Alibaba-Analyse vom 04. Januar liefert die Antwort.', '2026-01-04')).toMatchObject({
      surface: '04. Januar',
      fromIso: '2026-01-04',
      isRelative: true,
    });
  });

  it('resolves a weekday to the one on or before the article date', () => {
    expect(only('Die Börse reagierte am Freitag deutlich.', '2025-12-14')).toMatchObject({
      surface: 'am Freitag',
      fromIso: '2025-12-12',
      toIso: '2025-12-12',
    });
  });

  it('puts a month without a year in the past or the future as the sentence says', () => {
    expect(only('Bereits im Februar kündigte Alibaba an, mehr zu investieren.', '2025-12-14')).toMatchObject({
      granularity: 'month',
      fromIso: '2025-02-01',
      toIso: '2025-02-28',
    });
    expect(
      only('Der nächste Termin ist die Veröffentlichung der Zahlen im Februar.', '2026-01-04'),
    ).toMatchObject({
      fromIso: '2026-02-01',
      toIso: '2026-02-28',
    });
  });

  it('resolves calendar quarters and leaves fiscal quarters open', () => {
    expect(
      only('Fluent Financial verringerte im dritten Quartal seine Position.', '2025-12-30'),
    ).toMatchObject({
      granularity: 'quarter',
      fromIso: '2025-07-01',
      toIso: '2025-09-30',
    });
    expect(only('Die Sparte ist im letzten Quartal gewachsen.', '2025-02-25')).toMatchObject({
      fromIso: '2024-10-01',
      toIso: '2024-12-31',
    });
    expect(only('Umsatz im Q3 2025 gestiegen.')).toMatchObject({ fromIso: '2025-07-01', isRelative: false });
    expect(only('Im letzten Fiskalquartal stieg der Umsatz.', '2025-12-30')).toMatchObject({
      fromIso: null,
      isRelative: true,
    });
  });

  it('leaves relative dates open when the article date is unknown', () => {
    expect(only('Die Aktie schloss am Freitag höher.')).toMatchObject({
      fromIso: null,
      toIso: null,
      isRelative: true,
    });
  });

  it('does not read the numbers of a date as figures', () => {
    const figures = extractFigures(
      'Am 14.12.2025 kostete die Aktie 150 Euro, am 2. Januar 2026 schon 160 Euro.',
    );
    expect(figures.map((figure) => [figure.surface, figure.date?.fromIso])).toEqual([
      ['150 Euro', '2025-12-14'],
      ['160 Euro', '2026-01-02'],
    ]);
  });
});
