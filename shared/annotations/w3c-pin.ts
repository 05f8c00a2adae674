import type { ChartPin } from '../model/annotation';
import type { W3cPin } from './w3c-types';

/** A chart pin in the export's namespaced form. */
export function pinToW3c(pin: ChartPin): W3cPin {
  if (pin.type === 'article-date') return { 'kursnotiz:pinType': 'article-date' };
  return {
    'kursnotiz:pinType': 'level',
    'kursnotiz:kind': pin.kind,
    'kursnotiz:value': pin.value,
    ...(pin.valueHigh === undefined ? {} : { 'kursnotiz:valueHigh': pin.valueHigh }),
    'kursnotiz:currency': pin.currency,
    ...(pin.asOf === null ? {} : { 'kursnotiz:asOf': pin.asOf }),
  };
}

/** A chart pin back from the export's namespaced form (already validated). */
export function pinFromW3c(pin: W3cPin): ChartPin {
  if (pin['kursnotiz:pinType'] === 'article-date') return { type: 'article-date' };
  return {
    type: 'level',
    kind: pin['kursnotiz:kind'],
    value: pin['kursnotiz:value'],
    ...(pin['kursnotiz:valueHigh'] === undefined ? {} : { valueHigh: pin['kursnotiz:valueHigh'] }),
    currency: pin['kursnotiz:currency'],
    asOf: pin['kursnotiz:asOf'] ?? null,
  };
}
