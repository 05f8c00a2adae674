import { describe, expect, it } from 'vitest';
import {
  formatIsoDate,
  formatPrice,
  formatSignedPercent,
  languageFromLocale,
} from '../../../shared/format/locale-format';

describe('locale formatting', () => {
  it('writes prices the way each language does', () => {
    expect(formatPrice(155.74, 'USD', 'de')).toBe('155,74\u00a0$');
    expect(formatPrice(155.74, 'USD', 'en')).toBe('$155.74');
    expect(formatPrice(132.2, 'EUR', 'de')).toBe('132,20\u00a0€');
  });

  it('writes dates the way each language does, without time-zone drift', () => {
    expect(formatIsoDate('2026-01-02', 'de')).toBe('2. Jan. 2026');
    expect(formatIsoDate('2026-01-02', 'en')).toBe('Jan 2, 2026');
  });

  it('signs implied moves', () => {
    expect(formatSignedPercent(31.63, 'de')).toBe('+31,6\u00a0%');
    expect(formatSignedPercent(-3.7, 'en')).toBe('-3.7%');
  });

  it('chooses German for any German locale and English otherwise', () => {
    expect(languageFromLocale('de-AT')).toBe('de');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
