/** Units a figure can carry: ISO currencies, index points, percent, a plain count, or something else. */
export type FigureUnit =
  'USD' | 'EUR' | 'CNY' | 'HKD' | 'GBP' | 'CHF' | 'JPY' | 'points' | 'percent' | 'count' | 'other';

/** What a figure stands for in its sentence. */
export type FigureKind =
  | 'quote'
  | 'target'
  | 'fair_value'
  | 'high_52w'
  | 'low_52w'
  | 'level'
  | 'stated_move'
  | 'price_move'
  | 'business_growth'
  | 'amount'
  | 'percent_other'
  | 'count';

/** The kinds that say something about a price (they may become chart levels or checks). */
export const PRICE_RELEVANT_KINDS: readonly FigureKind[] = [
  'quote',
  'target',
  'fair_value',
  'high_52w',
  'low_52w',
  'level',
  'stated_move',
];

/** Units a price is written in: the currencies the extractor knows, and index points. */
export const PRICE_UNITS: ReadonlySet<FigureUnit> = new Set([
  'USD',
  'EUR',
  'CNY',
  'HKD',
  'GBP',
  'CHF',
  'JPY',
  'points',
]);

/** Whether figures of this kind are price relevant. */
export function isPriceRelevantKind(kind: FigureKind): boolean {
  return PRICE_RELEVANT_KINDS.includes(kind);
}

/** Words around a figure that qualify it ("rund", "über", "im Durchschnitt"). */
export interface FigureQualifiers {
  /** rund, etwa, ca., circa, fast, knapp, über, around, nearly, … */
  isApproximate: boolean;
  /** 'at_least' for über/mehr als/over, 'at_most' for fast/knapp/bis zu/unter/almost, else null. */
  bound: 'at_least' | 'at_most' | null;
  /** The sentence calls it an average of several analysts (im Durchschnitt, durchschnittlich, Konsens). */
  isConsensus: boolean;
}

/** How fine a date mention is. */
export type DateGranularity = 'day' | 'month' | 'quarter' | 'year';

/** A date or period the text names, with the calendar range it resolves to when that is known. */
export interface DateMention {
  startCodePoints: number;
  endCodePoints: number;
  surface: string;
  granularity: DateGranularity;
  /** First ISO day (YYYY-MM-DD) of the period, or null when it cannot be resolved (no article date). */
  fromIso: string | null;
  /** Last ISO day of the period, or null when unresolved. */
  toIso: string | null;
  /** True for mentions that need the article's date (am Freitag, im dritten Quartal, im Februar). */
  isRelative: boolean;
}

/** A number the text states, with its unit, what it stands for and where it is. */
export interface Figure {
  /** Offsets in Unicode code points into the text exactly as given; end is exclusive. */
  startCodePoints: number;
  endCodePoints: number;
  /** The text between the offsets: the number with its qualifier and unit words. */
  surface: string;
  /** The value as a float (3,2 Milliarden = 3.2e9; percentages as percent numbers; falls are negative). */
  value: number;
  /** Upper end of a range ("30 bis 40 Prozent"), else null. */
  valueHigh: number | null;
  unit: FigureUnit;
  kind: FigureKind;
  isPriceRelevant: boolean;
  qualifiers: FigureQualifiers;
  /** The date the sentence gives the figure (explicit or resolved relative), else null. */
  date: DateMention | null;
  /** The sentence the figure stands in, in code points. */
  sentenceStartCodePoints: number;
  sentenceEndCodePoints: number;
}

/** Options for extraction. */
export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD…) the article was published; relative dates resolve against it. */
  articleDate?: string;
  /** Main language of the text; decides how "1.234" and "1,234" read. Default: guessed, else 'de'. */
  language?: 'de' | 'en';
}
