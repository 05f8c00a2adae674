import { NUMBER_WORD_SOURCE, parseDigits, parseNumberWord } from './numbers';
import {
  CURRENCY_BEFORE,
  QUALIFIER_BEFORE,
  SCALE_SOURCE,
  UNIT_AFTER_SOURCE,
  scaleFactor,
  unitOfWord,
} from './lexicon';
import { INDEX_NAME, hasCue } from './keywords';
import { ADJECTIVE_CURRENCY, adjectiveCurrencyUnit } from './exchange-rates';
import {
  ER_COMPOUND,
  FRACTION_WORD,
  PERCENT_ADJECTIVE,
  POTENTIAL_WORD,
  fractionPercent,
  isErMark,
  isGluedToNextWord,
  slashUpper,
  unitBeyondBracket,
} from './scan-forms';
import type { FigureUnit } from './types';

/** A figure as the scanner finds it, in UTF-16 offsets of the working text, not yet classified. */
export interface RawFigure {
  from: number;
  to: number;
  value: number;
  valueHigh: number | null;
  /** null for a bare number (it may still get a unit from its neighbours or context). */
  unit: FigureUnit | null;
  /** True when a scale word (Milliarden, Mio.) was part of the figure. */
  hasScale: boolean;
  /** What the written number was multiplied by (scale word, cents); a bare neighbour may borrow it. */
  factor: number;
  qualifierWord: string | null;
  /** -1 or +1 when the text wrote a sign, else 0. */
  explicitSign: number;
  isNumberWord: boolean;
  /** "50-Euro-Marke": the unit and the word for a chart level are glued to the number. */
  isLevelCompound: boolean;
}

/** Whether a figure reads as a year (1900–2100, unscaled), which a bare number beside a price is not. */
export function isYearNumber(raw: RawFigure): boolean {
  return Number.isInteger(raw.value) && raw.value >= 1900 && raw.value <= 2100 && raw.factor === 1;
}

// Digits, with thousands grouped by dots, commas, thin spaces, or plain spaces and apostrophes
// ("18 801,18", "44’815.67") when every group after the first has exactly three digits.
const DIGITS_SOURCE = "\\d{1,3}(?:[ ’']\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,\\u00A0\\u202F\\u2009]\\d+)*";
const NUMBER = new RegExp(
  `([+\\-−]?)(${DIGITS_SOURCE})|(?<![\\p{L}])(${NUMBER_WORD_SOURCE})(?![\\p{L}])`,
  'giu',
);
const SCALE_AFTER = new RegExp(`\\s*(${SCALE_SOURCE})(?![\\p{L}])`, 'uy');
const UNIT_AFTER = new RegExp(`\\s*(${UNIT_AFTER_SOURCE})(?![\\p{L}])`, 'iuy');
const UNIT_GLUED = new RegExp(`\\s*(${UNIT_AFTER_SOURCE})`, 'iuy');
// "157,60 je Dollar": an exchange rate quoted in the sentence's other currency (Yen per dollar).
const PER_CURRENCY = /\s+(?:je|pro|per)\s+(US-Dollar|Dollar|Euro|Franken|Pfund|Yuan|Yen)(?![\p{L}])/iuy;
const CURRENCY_WORD = /\b(US-Dollar|Dollar|Euro|Franken|Pfund|Yuan|Yen)\b/giu;
// A plain number followed by a noun is a count ("11.000 Aktien", "45.000 Mitarbeiter", "10 shares").
const COUNT_NOUN =
  /\s+(?:\p{Lu}[\p{L}-]*|shares|employees|users|customers|downloads|stores|jobs|people|units|vehicles|analysts)(?![\p{L}])/uy;
const NOT_COUNTED =
  /^\s+(?:Jahr\w*|Monat\w*|Woche\w*|Tag\w*|Quartal\w*|Stunde\w*|Minute\w*|Sekunde\w*|Uhr|Mal|Grad|Jahrzehnt\w*|Jahrhundert\w*|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Prozent\w*|Punkt\w*|Euro|Dollar|Yuan|Yen|Franken|Pfund|Milliard\w*|Million\w*|Index)\b/u;
const INDEX_BEFORE = /(?:s&p|stoxx|nasdaq|dax|nikkei|ftse|csi|msci|russell|dow)\s*$/iu;
// "von etwa 3300 Dollar bis etwas über 4000 Dollar": words of degree may stand before the upper end of a word range.
const RANGE_JOIN =
  /\s*(bis|und|to|-|–|—|\/)\s*(?:(?<=(?:bis|und)\s*)(?:etwas\s+)?(?:über|knapp|rund|etwa|gut)\s+)?/iuy;
const DIGITS_AT = new RegExp(`(US\\$|\\$|€|£|¥|USD|EUR)?\\s?([+\\-−]?)(${DIGITS_SOURCE})`, 'uy');
// A number glued to letters on its left is part of a name (H200, Q3, CosyVoice3) unless they are a currency code.
const LETTER_BEFORE = /[\p{L}_]$/u;
const COMPOUND_AFTER = /^-\p{L}/u;
// "50-Euro-Marke"; "59,85 CHFMarke": a currency code glued to the mark word (a PDF line joined without a hyphen).
const LEVEL_COMPOUND =
  /(?:-(US-Dollar|Dollar|Euro|Franken|Punkte)-|\s?(CHF|EUR|USD|GBP|JPY)-?)(?:Marke|Grenze|Schwelle|Hürde|Linie)(?![\p{L}])/iuy;

interface Tail {
  to: number;
  unit: FigureUnit | null;
  factor: number;
  hasScale: boolean;
}

function readTail(text: string, at: number, sentence: string, language: 'de' | 'en'): Tail {
  let to = at;
  let factor = 1;
  let hasScale = false;
  SCALE_AFTER.lastIndex = to;
  const scale = SCALE_AFTER.exec(text);
  if (scale?.[1] && !(/^(?:mn|bn|mln)$/.test(scale[1]) && /^\s/.test(scale[0]))) {
    factor = scaleFactor(scale[1], language);
    hasScale = true;
    to = SCALE_AFTER.lastIndex;
  }
  UNIT_AFTER.lastIndex = to;
  UNIT_GLUED.lastIndex = to;
  const strict = UNIT_AFTER.exec(text);
  const glued = strict ? null : UNIT_GLUED.exec(text);
  const unitMatch =
    strict ?? (glued?.[1] && isGluedToNextWord(glued[1], text.slice(UNIT_GLUED.lastIndex)) ? glued : null);
  const unitEnd = strict ? UNIT_AFTER.lastIndex : UNIT_GLUED.lastIndex;
  // Two decimals after a comma ("4.042,79"): a reading, not a count (see unitOfWord).
  const hasCents = /,\d{2}$/u.test(text.slice(Math.max(0, at - 3), at));
  const unit = unitMatch?.[1] ? unitOfWord(unitMatch[1], sentence, hasCents) : null;
  if (unitMatch && unit) return { to: unitEnd, unit: unit.unit, factor: factor * unit.factor, hasScale };
  ADJECTIVE_CURRENCY.lastIndex = to;
  const adjective = ADJECTIVE_CURRENCY.exec(text);
  if (adjective) {
    return { to: ADJECTIVE_CURRENCY.lastIndex, unit: adjectiveCurrencyUnit(adjective), factor, hasScale };
  }
  // The span ends at the number: the brackets and the unit behind them belong to the partner figure too.
  const beyond = hasScale ? null : unitBeyondBracket(text, to, sentence);
  if (beyond) return { to, unit: beyond.unit, factor: factor * beyond.factor, hasScale };
  PER_CURRENCY.lastIndex = to;
  const per = hasScale ? null : PER_CURRENCY.exec(text);
  if (per?.[1]) {
    const perUnit = unitOfWord(per[1], sentence)?.unit;
    const others = [...sentence.matchAll(CURRENCY_WORD)].map(
      (found) => unitOfWord(found[1] ?? '', sentence)?.unit,
    );
    const other = others.find((found) => found !== undefined && found !== perUnit);
    return { to: PER_CURRENCY.lastIndex, unit: other ?? 'other', factor, hasScale };
  }
  return { to, unit: hasScale ? 'count' : null, factor, hasScale };
}

function isCount(text: string, numberEnd: number, rawDigits: string, before: string): boolean {
  if (/^(?:1[89]|20)\d\d$/.test(rawDigits) || INDEX_BEFORE.test(before)) return false;
  COUNT_NOUN.lastIndex = numberEnd;
  if (!COUNT_NOUN.test(text)) return false;
  return !NOT_COUNTED.test(text.slice(numberEnd, numberEnd + 20));
}

/** value × factor without binary noise: 8,47 Milliarden is 8470000000, not 8470000000.000001. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

function readNumber(raw: string, word: string | undefined, language: 'de' | 'en'): number | null {
  if (word) return parseNumberWord(word);
  return parseDigits(raw, language);
}

/** Finds every number with its qualifier, currency, scale, unit and range partner inside [from, to). */
export function scanFigures(fullText: string, from: number, to: number, language: 'de' | 'en'): RawFigure[] {
  // Cut at the sentence end so a sentence without numbers does not scan the rest of the article.
  const text = fullText.slice(0, to);
  const sentence = text.slice(from, to);
  const found: RawFigure[] = [];
  NUMBER.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(text)) !== null && match.index < to) {
    // End of "-prozentiges" when the number is a percent adjective ("50-prozentiges Potenzial").
    let adjectiveEnd: number | null = null;
    const signText = match[1] ?? '';
    const digits = match[2];
    const word = match[3];
    let start = match.index;
    const numberEnd = start + match[0].length;
    if (numberEnd > to) break;
    const before = text.slice(Math.max(from, start - 8), start);
    // A sign directly after a digit or letter is a dash of a range or a compound, not a sign.
    if (signText && /[\p{L}\p{N}]$/u.test(before)) {
      start += signText.length;
    }
    const explicitSign = signText && start === match.index ? (signText === '+' ? 1 : -1) : 0;
    const rawDigits = digits ?? '';
    if (digits !== undefined) {
      if (LETTER_BEFORE.test(text.slice(Math.max(from, start - 1), start)) && !CURRENCY_BEFORE.test(before))
        continue;
      LEVEL_COMPOUND.lastIndex = numberEnd;
      const compound = LEVEL_COMPOUND.exec(text);
      const compoundWord = compound?.[1] ?? compound?.[2];
      const compoundUnit = compoundWord ? unitOfWord(compoundWord, sentence) : null;
      const compoundValue = parseDigits(rawDigits, language);
      if (compoundUnit && compoundValue !== null && LEVEL_COMPOUND.lastIndex <= to) {
        found.push({
          from: start,
          to: LEVEL_COMPOUND.lastIndex,
          value: compoundValue * compoundUnit.factor,
          valueHigh: null,
          unit: compoundUnit.unit,
          hasScale: false,
          factor: compoundUnit.factor,
          qualifierWord: null,
          explicitSign: 0,
          isNumberWord: false,
          isLevelCompound: true,
        });
        NUMBER.lastIndex = LEVEL_COMPOUND.lastIndex;
        continue;
      }
      const mark = compoundValue === null ? null : erMark(text, numberEnd, to, compoundValue, sentence);
      if (mark) {
        found.push({ ...mark, from: start });
        NUMBER.lastIndex = mark.to;
        continue;
      }
      PERCENT_ADJECTIVE.lastIndex = numberEnd;
      adjectiveEnd = PERCENT_ADJECTIVE.test(text) ? PERCENT_ADJECTIVE.lastIndex : null;
      const after = text.slice(numberEnd, numberEnd + 3);
      if (adjectiveEnd === null && (COMPOUND_AFTER.test(after) || /^:\d/.test(after) || /^\.\d/.test(after)))
        continue;
    }
    const value = readNumber(rawDigits, word, language);
    if (value === null) continue;
    const tail =
      adjectiveEnd === null
        ? readTail(text, numberEnd, sentence, language)
        : { to: adjectiveEnd, unit: 'percent' as const, factor: 1, hasScale: false };
    if (word && tail.unit === null) continue;
    // "S&P 500", "Nikkei 225", "Euro Stoxx 50": the number is part of the index's name.
    if (tail.unit === null && !word && INDEX_BEFORE.test(before) && /^\d{1,4}$/u.test(rawDigits)) continue;
    if (tail.unit === null && !word && isCount(text, numberEnd, rawDigits, before)) tail.unit = 'count';
    if (word && /^eine?[mnrs]?$/i.test(word) && !tail.hasScale && tail.unit !== 'percent') continue;
    let unit = tail.unit;
    let factor = tail.factor;
    let end = tail.to;
    let hasScale = tail.hasScale;
    // Currency written in front: "$205", "USD 194", "US$ 3,2 Mrd."
    const prefix = CURRENCY_BEFORE.exec(text.slice(Math.max(from, start - 6), start));
    if (prefix?.[1] && (unit === null || unit === 'count')) {
      const prefixUnit = unitOfWord(prefix[1], sentence);
      const tokenStart = start - prefix[0].length;
      const glued =
        /^[A-Z]/.test(prefix[1]) &&
        LETTER_BEFORE.test(text.slice(Math.max(from, tokenStart - 1), tokenStart));
      if (prefixUnit && !glued) {
        unit = prefixUnit.unit;
        factor *= prefixUnit.factor;
        start = tokenStart;
      }
    }
    let valueHigh: number | null = null;
    // "im Bereich zwischen 2200 und 2120 Punkten": a zone may be named from its upper end; the low comes first.
    let low = value;
    // Ranges: "30 bis 40 Prozent", "194–205 US-Dollar", "$190-$210", "zwischen 30 und 40 Prozent".
    RANGE_JOIN.lastIndex = unit === null || unit === 'percent' || unit === 'points' ? end : numberEnd;
    let join = RANGE_JOIN.exec(text);
    // "in der Spanne von etwa 3300 Dollar bis etwas über 4000 Dollar": a span may name its currency at both ends.
    if (
      !join &&
      end > numberEnd &&
      /\bspanne\s+(?:von|zwischen)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(from, start - 30), start))
    ) {
      RANGE_JOIN.lastIndex = end;
      join = RANGE_JOIN.exec(text);
    }
    const isBetween = /zwischen\s+$/i.test(text.slice(Math.max(from, start - 12), start));
    if (join && (join[1] !== 'und' || isBetween)) {
      DIGITS_AT.lastIndex = RANGE_JOIN.lastIndex;
      const second = DIGITS_AT.exec(text);
      if (second?.[3] && !second[2]) {
        const secondEnd = DIGITS_AT.lastIndex;
        const secondValue = parseDigits(second[3], language);
        const secondTail = readTail(text, secondEnd, sentence, language);
        const secondUnit =
          secondTail.unit ?? (second[1] ? (unitOfWord(second[1], sentence)?.unit ?? null) : null);
        // "Konsolidierung zwischen 1,14 und 1,1228": a zone of two bare rates is one figure too; its unit, if any,
        // is inferred later like a bare figure's.
        const compatible =
          unit === null ? secondUnit !== null || isBetween : secondUnit === null || secondUnit === unit;
        // "18.450/500 Punkten": a slash joins chart zones and may repeat only the last digits.
        const isSlash = join[1] === '/';
        const upper =
          secondValue === null
            ? null
            : isSlash
              ? value >= 100
                ? slashUpper(value, secondValue, second[3])
                : // "Widerstand um 40/41 Euro": a small slash range needs its unit and a higher second figure.
                  secondValue > value && secondTail.unit !== null
                  ? secondValue
                  : null
              : secondValue > value
                ? secondValue
                : isBetween && secondValue < value
                  ? value
                  : null;
        if (upper !== null && compatible && secondTail.to <= to) {
          if (unit === null) {
            unit = secondUnit;
            factor = secondTail.factor;
            hasScale = secondTail.hasScale;
          }
          if (upper === value && secondValue !== null && secondValue < value) low = secondValue;
          valueHigh = scaled(upper, unit === secondUnit && secondTail.unit ? secondTail.factor : factor);
          end = Math.max(end, secondTail.to);
        }
      }
    }
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(from, start - 20), start));
    const qualifierStart = qualifier ? start - qualifier[0].length : start;
    const qualifierWord =
      qualifier?.[1] && !LETTER_BEFORE.test(text.slice(Math.max(from, qualifierStart - 1), qualifierStart))
        ? qualifier[1]
        : null;
    if (qualifierWord !== null) start = qualifierStart;
    found.push({
      from: start,
      to: end,
      value: scaled(low, factor) * (explicitSign < 0 ? -1 : 1),
      valueHigh,
      unit,
      hasScale,
      factor,
      qualifierWord,
      explicitSign,
      isNumberWord: word !== undefined,
      isLevelCompound: false,
    });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  found.push(...fractionFigures(text, from, to, found));
  return found.sort((a, b) => a.from - b.from);
}

function erMark(
  text: string,
  numberEnd: number,
  to: number,
  value: number,
  sentence: string,
): Omit<RawFigure, 'from'> | null {
  ER_COMPOUND.lastIndex = numberEnd;
  const er = ER_COMPOUND.exec(text);
  if (!er || ER_COMPOUND.lastIndex > to || !isErMark(value, er[0], text.slice(ER_COMPOUND.lastIndex)))
    return null;
  // A round mark of an index is in points; of a stock in the currency its sentence prices in.
  const currency = [...sentence.matchAll(CURRENCY_WORD)]
    .map((found) => unitOfWord(found[1] ?? '', sentence)?.unit)
    .find((unit) => unit !== undefined);
  const unit: FigureUnit = hasCue(sentence, INDEX_NAME) || !currency ? 'points' : currency;
  return {
    to: ER_COMPOUND.lastIndex,
    value,
    valueHigh: null,
    unit,
    hasScale: false,
    factor: 1,
    qualifierWord: null,
    explicitSign: 0,
    isNumberWord: false,
    isLevelCompound: true,
  };
}

// "ein Aufwärtspotenzial von mehr als der Hälfte": fractions count only where the sentence names a potential.
function fractionFigures(text: string, from: number, to: number, found: RawFigure[]): RawFigure[] {
  const sentence = text.slice(from, to);
  if (!POTENTIAL_WORD.test(sentence)) return [];
  return [...sentence.matchAll(FRACTION_WORD)].flatMap((match) => {
    const value = fractionPercent(match[1] ?? '');
    const start = from + match.index;
    const end = start + match[0].length;
    if (value === null || found.some((raw) => raw.from < end && start < raw.to)) return [];
    const qualifier = /^(mehr als|fast|knapp|rund|gut|über)\s/iu.exec(match[0])?.[1] ?? null;
    return [
      {
        from: start,
        to: end,
        value,
        valueHigh: null,
        unit: 'percent' as const,
        hasScale: false,
        factor: 1,
        qualifierWord: qualifier,
        explicitSign: 0,
        isNumberWord: true,
        isLevelCompound: false,
      },
    ];
  });
}
