import { INDEX_NAME, hasCue } from './keywords';
import type { FigureUnit } from './types';

/** A unit word found after (or before) a number, with what it multiplies the number by. */
export interface UnitMatch {
  unit: FigureUnit;
  /** Cent and Rappen are hundredths of their currency. */
  factor: number;
}

// Longest spellings first so "US-Dollar" wins over "Dollar" and "Hongkong-Dollar" over "Dollar".
const CURRENCY_WORDS: readonly [RegExp, FigureUnit, number][] = [
  [/^(?:hongkong-dollar|hong-kong-dollar|hk-dollar|hk\$|hkd)$/i, 'HKD', 1],
  [/^(?:us-dollar|us-\$|us\$|usd|dollar|dollars|\$)$/i, 'USD', 1],
  [/^(?:euro|eur|€)$/i, 'EUR', 1],
  [/^(?:yuan|renminbi|rmb|cny)$/i, 'CNY', 1],
  [/^(?:pfund(?: sterling)?|britische pfund|gbp|£|pence)$/i, 'GBP', 1],
  [/^(?:schweizer franken|franken|chf|sfr\.?|fr\.)$/i, 'CHF', 1],
  [/^(?:yen|jpy|¥)$/i, 'JPY', 1],
];

/** Units a good is traded in ("je Tonne", "für die Feinunze", "für 100 Liter"): alternation source. */
export const TRADED_UNIT_SOURCE =
  'tonne|unze|feinunze|barrel|fass|liter|gallone|megawattstunde|kilowattstunde|kilogramm|kilo|gramm|dezitonnen?|doppelzentner|zentner|scheffel|bushel|ton|ounce';

/** Unit words that may follow a number (alternation source, longest first). */
export const UNIT_AFTER_SOURCE =
  'Hongkong-Dollar|Hong-Kong-Dollar|HK-Dollar|HK\\$|HKD|US-Dollar|US-\\$|US\\$|USD|Dollars|Dollar|\\$|Eurocent|Euro-Cent|Euro|EUR|€|US-Cents|US-Cent|Cents|Cent|Rappen|Yuan|Renminbi|RMB|CNY|Pfund Sterling|Pfund|GBP|£|pence|Schweizer Franken|Franken|CHF|SFr\\.?|Fr\\.|Yen|JPY|¥|Prozentpunkten|Prozentpunkte|Prozentpunkt|Prozent|%|percentage points|percentage point|percent|per cent|pct\\.?|Basispunkten|Basispunkte|basis points|Indexpunkten|Indexpunkte|Punkten|Punkte|Punkt|Zählern|Zähler|Einheiten|Stellen|Pkt\\.?|points|pts\\.?';

/** Currency symbols and codes that may stand before a number. */
export const CURRENCY_BEFORE = /(US\$|US-\$|HK\$|USD|EUR|HKD|CNY|RMB|GBP|CHF|JPY|\$|€|£|¥)(\s?)$/u;

/** Scale words: "Milliarden", "Mrd.", "Mio.", "billion", "bn". */
export const SCALE_SOURCE =
  'Milliarden|Milliarde|Mrd\\.?|Millionen|Million|Mio\\.?|Billionen|Billion|Bio\\.?|Tausend|Tsd\\.?|billion|bn|million|mln|mn|trillion|thousand';

/** The factor of a scale word; "billion" is 10^9 in English and "Billion" 10^12 in German. */
export function scaleFactor(word: string, language: 'de' | 'en'): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.startsWith('milliarde') || lower === 'mrd' || lower === 'bn') return 1e9;
  if (lower.startsWith('million') || lower === 'mio' || lower === 'mln' || lower === 'mn') return 1e6;
  if (lower === 'tausend' || lower === 'tsd' || lower === 'thousand') return 1e3;
  if (lower === 'trillion') return 1e12;
  if (lower.startsWith('billion') || lower === 'bio') {
    return language === 'en' && word.startsWith('b') ? 1e9 : 1e12;
  }
  return 1;
}

// "Stellen" and "Einheiten" are index points only in a sentence about an index, not about jobs or sales.
const NOT_INDEX_UNITS =
  /stellen\w*\s+(?:streich|abbau|schaff|besetz)|streich|abbau|arbeitspl|mitarbeiter|beschäftig|\bjobs?\b|verkauf|ausgeliefert|absatz|produziert/iu;

function isIndexUnit(sentence: string): boolean {
  return (
    (hasCue(sentence, INDEX_NAME) || /börsenbarometer|tages(?:hoch|tief)/iu.test(sentence)) &&
    !NOT_INDEX_UNITS.test(sentence)
  );
}

/** Maps a unit word to its unit; the currency of "Cent" follows the sentence's other money words. */
export function unitOfWord(word: string, sentence: string, hasCents = false): UnitMatch | null {
  const lower = word.toLowerCase().trim();
  for (const [pattern, unit, factor] of CURRENCY_WORDS) if (pattern.test(lower)) return { unit, factor };
  if (/^(?:eurocent|euro-cent)$/.test(lower)) return { unit: 'EUR', factor: 0.01 };
  if (lower === 'rappen') return { unit: 'CHF', factor: 0.01 };
  if (lower === 'us-cent' || lower === 'us-cents') return { unit: 'USD', factor: 0.01 };
  if (lower === 'cent' || lower === 'cents') {
    return { unit: /dollar|\$|usd/i.test(sentence) ? 'USD' : 'EUR', factor: 0.01 };
  }
  if (lower === 'pence') return { unit: 'GBP', factor: 0.01 };
  if (/^(?:prozent|%|percent|per cent|pct\.?|prozentpunkte?n?|percentage points?)$/.test(lower)) {
    return { unit: 'percent', factor: 1 };
  }
  if (/^(?:basispunkte?n?|basis points)$/.test(lower)) return { unit: 'other', factor: 1 };
  if (/^(?:indexpunkte?n?|punkte?n?|zählern?|pkt\.?|points|pts\.?)$/.test(lower))
    return { unit: 'points', factor: 1 };
  if (/^(?:einheiten|stellen)$/.test(lower))
    // "Das Trendparometer kletterte auf 4.042,79 Einheiten": goods and jobs are counted whole, so a figure with
    // cents in "Einheiten" is an index reading even where the line names no index.
    return isIndexUnit(sentence) || (hasCents && !NOT_INDEX_UNITS.test(sentence))
      ? { unit: 'points', factor: 1 }
      : null;
  return null;
}

/** Qualifiers that may stand before a figure and belong to its surface. */
// A tilde ("bei ~2440") is "about" in chart notes; it may be glued to the number.
export const QUALIFIER_BEFORE =
  /(rund|etwa|ca\.|circa|zirka|fast|knapp|über|mehr als|weniger als|unter|bis zu|mindestens|annähernd|nahezu|beinahe|gut|oberhalb von|unterhalb von|around|about|approximately|approx\.|nearly|almost|over|more than|less than|up to|roughly|at least|~)((?<=~)\s*|\s+)$/iu;

/** Whether a qualifier word makes the figure approximate and whether it bounds it. */
export function qualifierMeaning(word: string | null): {
  isApproximate: boolean;
  bound: 'at_least' | 'at_most' | null;
} {
  if (word === null) return { isApproximate: false, bound: null };
  const lower = word.toLowerCase();
  if (/^(über|mehr als|mindestens|over|more than|at least|oberhalb von)$/.test(lower)) {
    return { isApproximate: true, bound: 'at_least' };
  }
  if (
    /^(fast|knapp|beinahe|nahezu|bis zu|unter|weniger als|nearly|almost|up to|less than|unterhalb von)$/.test(
      lower,
    )
  ) {
    return { isApproximate: true, bound: 'at_most' };
  }
  return { isApproximate: true, bound: null };
}
