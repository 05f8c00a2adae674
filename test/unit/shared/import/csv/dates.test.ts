import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDateAs } from '../../../../../shared/import/csv/dates';
import { detectInterval } from '../../../../../shared/import/csv/interval';

describe('parseDateAs', () => {
  it.each([
    ['2026-01-02', 'YYYY-MM-DD'],
    ['2026-01-02 00:00:00-05:00', 'YYYY-MM-DD'],
    ['2026/01/02', 'YYYY-MM-DD'],
    ['20260102', 'YYYYMMDD'],
    ['02.01.2026', 'DD.MM.YYYY'],
    ['2.1.2026', 'DD.MM.YYYY'],
    ['02.01.26', 'DD.MM.YY'],
    ['01/02/2026', 'MM/DD/YYYY'],
    ['02/01/2026', 'DD/MM/YYYY'],
    ['02-01-2026', 'DD-MM-YYYY'],
    ['02. Jan. 2026', 'D MMM YYYY'],
    ['2. Januar 2026', 'D MMM YYYY'],
    ['02-Jan-2026', 'D MMM YYYY'],
    ['Jan 02, 2026', 'MMM D, YYYY'],
    ['January 2, 2026', 'MMM D, YYYY'],
  ] as const)('reads %s as %s', (cell, format) => {
    expect(parseDateAs(cell, format)).toBe('2026-01-02');
  });

  it('reads German month names with umlauts and odd abbreviations', () => {
    expect(parseDateAs('31. März 2026', 'D MMM YYYY')).toBe('2026-03-31');
    expect(parseDateAs('5. Mai 2026', 'D MMM YYYY')).toBe('2026-05-05');
    expect(parseDateAs('1. Dez. 2025', 'D MMM YYYY')).toBe('2025-12-01');
    expect(parseDateAs('15. Okt. 2025', 'D MMM YYYY')).toBe('2025-10-15');
  });

  it('maps two-digit years 70–99 to the 1900s and 00–69 to the 2000s', () => {
    expect(parseDateAs('31.12.99', 'DD.MM.YY')).toBe('1999-12-31');
    expect(parseDateAs('02.01.26', 'DD.MM.YY')).toBe('2026-01-02');
  });

  it.each([
    ['2025-02-29', 'YYYY-MM-DD'],
    ['2026-13-01', 'YYYY-MM-DD'],
    ['2026-0x-01', 'YYYY-MM-DD'],
    ['31.04.2026', 'DD.MM.YYYY'],
    ['13/13/2026', 'MM/DD/YYYY'],
    ['02. Foo 2026', 'D MMM YYYY'],
    ['02.01.2026', 'YYYY-MM-DD'],
    ['1850-01-01', 'YYYY-MM-DD'],
  ] as const)('refuses %s as %s', (cell, format) => {
    expect(parseDateAs(cell, format)).toBeNull();
  });
});

describe('detectDateFormat', () => {
  it('decides US against European slashes by a day above 12', () => {
    expect(detectDateFormat(['01/02/2026', '01/13/2026'])).toEqual({
      format: 'MM/DD/YYYY',
      isAmbiguous: false,
    });
    expect(detectDateFormat(['02/01/2026', '13/01/2026'])).toEqual({
      format: 'DD/MM/YYYY',
      isAmbiguous: false,
    });
  });

  it('falls back to the reading whose dates are in order when every day is 12 or less, and flags it', () => {
    // Read as DD/MM these are 9 Jan … 5 Feb, in order; read as MM/DD they jump September → December → January.
    const cells = ['09/01/2026', '12/01/2026', '01/02/2026', '02/02/2026', '05/02/2026'];
    expect(detectDateFormat(cells)).toEqual({ format: 'DD/MM/YYYY', isAmbiguous: true });
  });

  it('returns null when no cell is a date', () => {
    expect(detectDateFormat(['heute', 'gestern'])).toBeNull();
  });
});

describe('detectInterval', () => {
  it('recognises daily rows despite weekends and holidays', () => {
    expect(detectInterval(['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-02', '2026-01-05'])).toBe(
      'daily',
    );
  });

  it('recognises weekly and monthly rows', () => {
    expect(detectInterval(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26'])).toBe('weekly');
    expect(detectInterval(['2025-10-31', '2025-11-28', '2025-12-30', '2026-01-30', '2026-02-27'])).toBe(
      'monthly',
    );
  });

  it('calls quarterly or single rows irregular', () => {
    expect(detectInterval(['2025-03-31', '2025-06-30', '2025-09-30'])).toBe('irregular');
    expect(detectInterval(['2026-01-02'])).toBe('irregular');
  });
});
