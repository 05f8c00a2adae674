// Public API of the figure extractor; the reader and chart import from here (checks live in ./checks).
export { extractFigures, extractDates } from './extract';
export { PRICE_RELEVANT_KINDS, isPriceRelevantKind } from './types';
export type {
  DateGranularity,
  DateMention,
  ExtractOptions,
  Figure,
  FigureKind,
  FigureQualifiers,
  FigureUnit,
} from './types';
