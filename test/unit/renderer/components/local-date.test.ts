import { describe, expect, it } from 'vitest';
import { datePattern, formatLocalDate, parseLocalDate } from '../../../../renderer/components/local-date';

describe('dates typed the UI language’s way', () => {
  it('writes and reads German dates as TT.MM.JJJJ', () => {
    expect(datePattern('de')).toBe('TT.MM.JJJJ');
    expect(formatLocalDate('2026-01-02', 'de')).toBe('02.01.2026');
    expect(parseLocalDate('2.1.2026', 'de')).toBe('2026-01-02');
    expect(parseLocalDate('02.01.26', 'de')).toBe('2026-01-02');
    expect(parseLocalDate('2026-01-02', 'de')).toBe('2026-01-02');
  });

  it('reads English ISO and US dates, and never a German one as US', () => {
    expect(formatLocalDate('2026-01-02', 'en')).toBe('2026-01-02');
    expect(parseLocalDate('1/2/2026', 'en')).toBe('2026-01-02');
    expect(parseLocalDate('1/2/2026', 'de')).toBeNull();
  });

  it('refuses dates that do not exist', () => {
    expect(parseLocalDate('31.02.2026', 'de')).toBeNull();
    expect(parseLocalDate('2026-13-01', 'en')).toBeNull();
    expect(parseLocalDate('morgen', 'de')).toBeNull();
  });
});
