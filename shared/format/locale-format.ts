import type { UiLanguage } from '../ipc-contract';

const LOCALE_TAG: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-US' };

/** The Intl locale used for a UI language. */
export function localeTag(language: UiLanguage): string {
  return LOCALE_TAG[language];
}

/** A price with its currency as the language writes it: de 155,74 $ · en $155.74. */
export function formatPrice(value: number, currency: string, language: UiLanguage): string {
  return new Intl.NumberFormat(localeTag(language), {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A signed percentage with one decimal: de +31,6 % · en +31.6%. */
export function formatSignedPercent(valuePercent: number, language: UiLanguage): string {
  return new Intl.NumberFormat(localeTag(language), {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(valuePercent / 100);
}

/** An ISO date (YYYY-MM-DD) as the language writes it: de 2. Jan. 2026 · en Jan 2, 2026. */
export function formatIsoDate(isoDate: string, language: UiLanguage): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  // UTC on both sides so the calendar date never shifts with the user's time zone.
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(localeTag(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Picks the UI language from a BCP 47 locale: German for any 'de-*', else English. */
export function languageFromLocale(locale: string | undefined): UiLanguage {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
