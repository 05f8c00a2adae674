/** Currencies Kursnotiz recognises (ISO 4217). */
export type CurrencyCode = 'USD' | 'EUR' | 'CNY' | 'HKD' | 'GBP' | 'CHF' | 'JPY';

/** Every recognised currency code, for validation. */
export const CURRENCY_CODES: readonly CurrencyCode[] = ['USD', 'EUR', 'CNY', 'HKD', 'GBP', 'CHF', 'JPY'];
