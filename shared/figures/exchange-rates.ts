// Exchange-rate sentences ("EZB-Referenzkurs auf 1,1533", "ein Dollar war 0,8671 Euro wert"), issue 11.
import type { FigureUnit } from './types';

// Words that only occur where a currency is priced in another; also a pair named in words or codes
// ("Währungspaar Euro/Dollar", "den EUR/CHF-Kurs", "der Euro-Franken-Kurs").
const RATE_WORD =
  /referenzkurs\w*|wechselkurs\w*|umrechnungskurs\w*|devisen\w*|euro-?kurs\w*|dollar-?kurs\w*|gemeinschaftswährung|\bfixing\b|\bezb\b|währungspaar\w*|\b(?:euro|dollar|franken|pfund|yen)[/-](?:euro|dollar|franken|pfund|yen)\b|\b(?:eur|usd|chf|gbp|jpy)\/(?:eur|usd|chf|gbp|jpy)\b/iu;
// The quoted currency of a pair: the second one ("Euro/Dollar" is dollars per euro).
// "Euro-Franken-Kurs" names the pair with a hyphen.
const PAIR_QUOTED =
  /\b(?:euro|dollar|franken|pfund|yen|eur|usd|chf|gbp|jpy)[/-](euro|dollar|franken|pfund|yen|eur|usd|chf|gbp|jpy)\b/iu;
// A currency named as the thing priced ("ein Dollar", "der Euro", "für einen Dollar"), not after a number.
const CURRENCY_SUBJECT =
  /(?<![\d.,]\s*)\b(?:ein|einen|der|den|dem|des)\s+(?:(?:gemeinsame|europäische|japanische|britische|amerikanische|us-amerikanische|chinesische)\w*\s+)?(?:euro|us-dollar|dollar|yen|pfund|franken|yuan)s?(?![\p{L}-])(?!\s+stoxx)/iu;
// Shares, dividends and deals: a sentence about them is no rate sentence even when it names "der Euro".
// Word starts only: "im umsatzstarken Handel" is still a rate sentence.
const NOT_RATE =
  /\baktie\w*|dividende\w*|\bumsatz(?:es)?\b|umsätze\w*|\bgewinn(?:e|es|s)?\b|übernahme\w*|anleihe\w*|milliard\w*|million\w*|\bzins\w*|leitzins\w*|inflation\w*/iu;

/** Whether the sentence states an exchange rate: a rate word, or a currency as the thing priced. */
export function isExchangeRateSentence(sentence: string): boolean {
  if (NOT_RATE.test(sentence)) return false;
  return RATE_WORD.test(sentence) || CURRENCY_SUBJECT.test(sentence);
}

// The currency a rate is quoted in: a currency word right after a number ("1,0897 US-Dollar pro Euro").
const QUOTED_IN =
  /\d\s*(?:[\p{L}-]+ische[nm]?\s+)?(us-dollar|dollar|euro|yen|pfund|franken|yuan)(?![\p{L}])/iu;
const UNIT_OF: Record<string, FigureUnit> = {
  'us-dollar': 'USD',
  dollar: 'USD',
  euro: 'EUR',
  yen: 'JPY',
  pfund: 'GBP',
  franken: 'CHF',
  yuan: 'CNY',
  eur: 'EUR',
  usd: 'USD',
  chf: 'CHF',
  gbp: 'GBP',
  jpy: 'JPY',
};

/**
 * The unit of a bare rate ("im Vergleich zu 1,0904 am Vortag"): the currency the sentence's other rate is
 * quoted in; without one, US dollars (the EZB's reference rate names the euro in dollars).
 * Only numbers written with at least two decimals count: rates are never round.
 */
export function bareRateUnit(digits: string, sentence: string): FigureUnit | null {
  if (!/[.,]\d{2,}$/u.test(digits) || !isExchangeRateSentence(sentence)) return null;
  const word = QUOTED_IN.exec(sentence)?.[1]?.toLowerCase() ?? PAIR_QUOTED.exec(sentence)?.[1]?.toLowerCase();
  return (word ? UNIT_OF[word] : undefined) ?? 'USD';
}

/** "0,86500 britischen Pfund", "130 japanische Yen": a currency word after its nationality adjective. */
export const ADJECTIVE_CURRENCY =
  /\s+(?:(britische[nm]?)\s+pfund|(japanische[nm]?)\s+yen|(chinesische[nm]?)\s+(?:yuan|renminbi)|((?:us-)?amerikanische[nm]?)\s+dollar|(kanadische[nm]?|australische[nm]?|neuseeländische[nm]?)\s+dollar|(norwegische[nm]?|schwedische[nm]?|dänische[nm]?|tschechische[nm]?)\s+kronen)(?![\p{L}])/iuy;

/** The unit for a match of ADJECTIVE_CURRENCY (groups in order: GBP, JPY, CNY, USD, other dollars, crowns). */
export function adjectiveCurrencyUnit(match: RegExpExecArray): FigureUnit {
  const units: FigureUnit[] = ['GBP', 'JPY', 'CNY', 'USD', 'other', 'other'];
  const index = match.slice(1).findIndex((group) => group !== undefined);
  return units[index] ?? 'other';
}
