import { classifyFigure, inferBareUnit } from './classify';
import type { FigureContext } from './classify';
import { bareRateUnit } from './exchange-rates';
import { parallelUnitFinder } from './parallel-units';
import { alignPairs, alignRestatedTargets, alignStatedMoves } from './figure-pairs';
import type { ClassifiedRaw } from './figure-pairs';
import { CONSENSUS_CUE, hasCue } from './keywords';
import { qualifierMeaning } from './lexicon';
import { markNamedNext } from './next-sentence-marks';
import { scanDates } from './dates';
import type { RawDate } from './dates';
import { isYearNumber, scaled, scanFigures } from './scan';
import type { RawFigure } from './scan';
import { guessLanguage, splitSentences } from './sentences';
import type { SentenceRange } from './sentences';
import { isPriceRelevantKind } from './types';
import type { DateMention, ExtractOptions, Figure } from './types';
import { makeWorkingText, originalSlice, toOriginalSpan } from './working-text';
import type { WorkingText } from './working-text';

// Bare numbers may borrow the unit of the next figure: "von 210 auf 235 Euro", "from $230 to $250".
// Context a figure's kind is read from, in UTF-16 units either side (news sentences are shorter).
const CONTEXT_CHARS = 300;
// "von rund 5800 auf jetzt etwa 11200 Punkte": a time word may stand after the bridge; "neue Tops von 57 bzw.
// darüber sogar 67 Euro": so may a few words of degree after "bzw.".
const UNIT_BRIDGE =
  /^\s*(?:auf|bis|und|oder|von|nach|statt(?:\s+zuvor)?|bzw\.?|beziehungsweise|to|from|,)(?:\s+(?:jetzt|nun|zuletzt|aktuell|heute|darüber|sogar|später|danach))*\s*$/iu;
// "um 281,72 Punkte auf 10.985,84": the level a move in points ended at is in points too.
const MOVE_END_BRIDGE = /^\s*(?:auf|bis auf)\s*$/iu;

// "am Mittwoch (21.40 Uhr MEZ)": a bare number right before "Uhr" is a time of day, never a rate or a price.
const UHR_AFTER = /^\s*uhr(?![\p{L}])/iu;

function isClockTime(text: string, raw: Pick<RawFigure, 'to' | 'unit'>): boolean {
  return raw.unit === null && UHR_AFTER.test(text.slice(raw.to, raw.to + 8));
}

interface Analysed {
  working: WorkingText;
  sentences: SentenceRange[];
}

function analyse(text: string, options: ExtractOptions | undefined): Analysed {
  const working = makeWorkingText(typeof text === 'string' ? text : '');
  const language = options?.language ?? null;
  return { working, sentences: splitSentences(working.text, language) };
}

function toMention(working: WorkingText, raw: RawDate): DateMention | null {
  const span = toOriginalSpan(working, raw.from, raw.to);
  if (!span) return null;
  return {
    startCodePoints: span[0],
    endCodePoints: span[1],
    surface: originalSlice(working, span[0], span[1]),
    granularity: raw.granularity,
    fromIso: raw.fromIso,
    toIso: raw.toIso,
    isRelative: raw.isRelative,
  };
}

function datesIn(working: WorkingText, sentence: SentenceRange, articleDate: string | undefined): RawDate[] {
  return scanDates(working.text, sentence.from, sentence.to, articleDate);
}

/** Finds explicit and relative dates (resolved against options.articleDate when given). Never throws. */
export function extractDates(text: string, options?: ExtractOptions): DateMention[] {
  try {
    const { working, sentences } = analyse(text, options);
    return sentences.flatMap((sentence) =>
      datesIn(working, sentence, options?.articleDate).flatMap((raw) => toMention(working, raw) ?? []),
    );
  } catch {
    return [];
  }
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

const TIME_WORD_BEFORE =
  /(?<![\p{L}])(?:seit|ende|anfang|mitte|im|jahr|bis|vor|nach|herbst|frühjahr|sommer|winter|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s*$/iu;

function isYearAfterTimeWord(text: string, raw: RawFigure): boolean {
  return isYearNumber(raw) && TIME_WORD_BEFORE.test(text.slice(Math.max(0, raw.from - 20), raw.from));
}

function lendUnits(text: string, raws: RawFigure[]): void {
  for (let index = 1; index < raws.length; index += 1) {
    const raw = raws[index];
    const previous = raws[index - 1];
    if (!raw || !previous || raw.unit !== null || previous.unit !== 'points') continue;
    if (MOVE_END_BRIDGE.test(text.slice(previous.to, raw.from))) raw.unit = 'points';
  }
  for (let index = raws.length - 2; index >= 0; index -= 1) {
    const raw = raws[index];
    const next = raws[index + 1];
    if (!raw || !next || raw.unit !== null || next.unit === null || next.unit === 'count') continue;
    if (!UNIT_BRIDGE.test(text.slice(raw.to, next.from))) continue;
    // "erstmals seit Ende 2021 auf mehr als 53 000 US-Dollar": a year after a time word is no price.
    if (isYearAfterTimeWord(text, raw)) continue;
    raw.unit = next.unit;
    raw.value = scaled(raw.value, next.factor);
    raw.factor = next.factor;
    raw.hasScale = next.hasScale;
  }
}

function contextFor(
  text: string,
  sentence: SentenceRange,
  previous: SentenceRange | undefined,
  raws: RawFigure[],
  index: number,
): FigureContext {
  const raw = raws[index] as RawFigure;
  const before = raws[index - 1];
  const after = raws[index + 1];
  // Windows are capped so a "sentence" of thousands of figures (a table without line breaks) stays linear.
  const leftStart = Math.max(sentence.from, raw.from - CONTEXT_CHARS);
  const rightEnd = Math.min(sentence.to, raw.to + CONTEXT_CHARS);
  return {
    leftLocal: text.slice(Math.max(before ? before.to : sentence.from, leftStart), raw.from),
    leftFull: text.slice(leftStart, raw.from),
    rightLocal: text.slice(raw.to, Math.min(after ? after.from : sentence.to, rightEnd)),
    rightFull: text.slice(raw.to, rightEnd),
    sentence: text.slice(leftStart, rightEnd),
    previousSentence: previous
      ? text.slice(Math.max(previous.from, previous.to - CONTEXT_CHARS), previous.to)
      : '',
  };
}

/**
 * The date a figure refers to: the closest date in its own stretch of the sentence (after the previous
 * figure, before the next), preferring one written before it ("am Freitag schloss … bei X"); else the
 * closest date anywhere in the sentence.
 */
function nearestDate(raws: RawFigure[], index: number, dates: RawDate[]): RawDate | null {
  const raw = raws[index] as RawFigure;
  const lower = raws[index - 1]?.to ?? -Infinity;
  const upper = raws[index + 1]?.from ?? Infinity;
  const distance = (date: RawDate): number =>
    date.to <= raw.from ? raw.from - date.to : Math.max(0, date.from - raw.to);
  const closest = (candidates: RawDate[]): RawDate | null =>
    candidates.reduce<RawDate | null>(
      (best, date) => (best === null || distance(date) < distance(best) ? date : best),
      null,
    );
  const before = dates.filter((date) => date.to <= raw.from && date.from >= lower);
  const after = dates.filter((date) => date.from >= raw.to && date.to <= upper);
  return closest(before) ?? closest(after) ?? closest(dates);
}

// "… kostete mehr als 124 Dollar. Das ist der höchste Stand seit August 2008.": the last price of the sentence
// is the mark the next one names, when that price was read as a plain quote.
function markFromNextSentence(
  text: string,
  next: SentenceRange | undefined,
  classified: { kind: ClassifiedRaw['kind'] }[],
): void {
  const last = classified.filter((figure) => isPriceRelevantKind(figure.kind)).at(-1);
  if (!next || last?.kind !== 'quote') return;
  const mark = markNamedNext(text.slice(next.from, Math.min(next.to, next.from + CONTEXT_CHARS)));
  if (mark) last.kind = mark;
}

function figuresInSentence(
  analysed: Analysed,
  sentenceIndex: number,
  options: ExtractOptions | undefined,
): Figure[] {
  const { working, sentences } = analysed;
  const sentence = sentences[sentenceIndex] as SentenceRange;
  const text = working.text;
  const language =
    options?.language ?? sentence.language ?? guessLanguage(text.slice(sentence.from, sentence.to));
  const dates = datesIn(working, sentence, options?.articleDate);
  const raws = scanFigures(text, sentence.from, sentence.to, language).filter(
    (raw) => !dates.some((date) => overlaps(raw, date)) && !isClockTime(text, raw),
  );
  lendUnits(text, raws);
  const sentenceText = text.slice(sentence.from, sentence.to);
  const isConsensusSentence = hasCue(sentenceText, CONSENSUS_CUE);
  const classified: (ClassifiedRaw & { sign: number; index: number })[] = [];
  const parallelUnit = parallelUnitFinder(raws);
  raws.forEach((raw, index) => {
    const ctx = contextFor(text, sentence, sentences[sentenceIndex - 1], raws, index);
    const unit =
      raw.unit ??
      inferBareUnit(raw, ctx) ??
      bareRateUnit(text.slice(raw.from, raw.to), ctx.sentence) ??
      parallelUnit(text, raw);
    if (unit === null) return;
    const { kind, sign } = classifyFigure(raw, unit, ctx);
    classified.push({ raw, unit, kind, sign, index });
  });
  alignPairs(text, classified);
  alignRestatedTargets(classified);
  alignStatedMoves(text, classified);
  markFromNextSentence(text, sentences[sentenceIndex + 1], classified);
  const figures: Figure[] = [];
  classified.forEach(({ raw, unit, kind, sign, index }) => {
    const span = toOriginalSpan(working, raw.from, raw.to);
    const sentenceSpan = toOriginalSpan(working, sentence.from, sentence.to);
    if (!span || !sentenceSpan) return;
    const date = nearestDate(raws, index, dates);
    figures.push({
      startCodePoints: span[0],
      endCodePoints: span[1],
      surface: originalSlice(working, span[0], span[1]),
      value: raw.value * sign,
      valueHigh: raw.valueHigh === null ? null : raw.valueHigh * sign,
      unit,
      kind,
      isPriceRelevant: isPriceRelevantKind(kind),
      qualifiers: {
        ...qualifierMeaning(raw.qualifierWord),
        isConsensus: isConsensusSentence && kind === 'target',
      },
      date: date ? toMention(working, date) : null,
      sentenceStartCodePoints: sentenceSpan[0],
      sentenceEndCodePoints: sentenceSpan[1],
    });
  });
  return figures;
}

/**
 * Finds the amounts, percentages and counts in `text` and classifies them by their sentence.
 * Offsets are Unicode code points into `text` exactly as given. Never throws: bad input gives [].
 */
export function extractFigures(text: string, options?: ExtractOptions): Figure[] {
  try {
    const analysed = analyse(text, options);
    return analysed.sentences.flatMap((_, index) => figuresInSentence(analysed, index, options));
  } catch {
    return [];
  }
}
