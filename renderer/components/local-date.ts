import { isIsoDate } from '../../shared/chart/series-points';
import type { UiLanguage } from '../../shared/ipc-contract';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

function toIso(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** The placeholder that shows the expected form: TT.MM.JJJJ in German, YYYY-MM-DD in English. */
export function datePattern(language: UiLanguage): string {
  return language === 'de' ? 'TT.MM.JJJJ' : 'YYYY-MM-DD';
}

/** An ISO date written the UI language's way (06.12.2026 / 2026-12-06); anything else unchanged. */
export function formatLocalDate(iso: string, language: UiLanguage): string {
  const match = ISO.exec(iso);
  if (!match || language !== 'de') return iso;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/**
 * Reads a date typed by the user: German 6.12.2026 / 06.12.26, ISO 2026-12-06 in either language, and
 * US 12/6/2026 in English. Returns the ISO date, or null when the text is no real calendar date.
 */
export function parseLocalDate(text: string, language: UiLanguage): string | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/u.exec(trimmed);
  if (german && language === 'de') {
    const year = german[3]!.length === 2 ? 2000 + Number(german[3]) : Number(german[3]);
    return toIso(year, Number(german[2]), Number(german[1]));
  }
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(trimmed);
  if (us && language === 'en') return toIso(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
}
