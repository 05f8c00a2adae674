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
