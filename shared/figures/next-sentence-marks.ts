// Marks named only in the sentence after the price: "… mehr als 124 Dollar. Das ist der höchste Stand seit
// August 2008." (issue 11).
import { recordAfter } from './record-marks';
import type { FigureKind } from './types';

// The next sentence points back by opening with "Das ist / Dies war …" or by "damit" after its subject and
// verb ("Der Tokioter Leitindex steht damit so hoch wie seit Mitte 2000 nicht mehr").
const OPENS_WITH_POINTER = /^\s*(?:das|dies|es)\s+(?:ist|war|sind|waren|bedeutet|bedeutete)\b/iu;
const DAMIT = /\b(?:damit|somit)\b/iu;
// Years in a horizon ("seit Mitte 2000") are no figures; any other number means the sentence has its own.
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** The record or multi-year mark the next sentence says the last price before it was, else null. */
export function markNamedNext(nextSentence: string): FigureKind | null {
  if (/\d/u.test(nextSentence.replace(YEAR, ''))) return null;
  if (OPENS_WITH_POINTER.test(nextSentence)) return recordAfter(nextSentence);
  const at = nextSentence.search(DAMIT);
  // Only a short opening clause (subject and verb) may stand before "damit".
  if (at < 0 || at > 60 || /[,;:]/u.test(nextSentence.slice(0, at))) return null;
  return recordAfter(nextSentence.slice(at));
}
