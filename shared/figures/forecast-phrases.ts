// Forecasts whose verb closes the clause after the price: "halten 100 US-Dollar für möglich" (issue 11).

// "einige Experten halten jetzt sogar 100 US-Dollar für möglich".
// "Gold: Bis zu 5000 Dollar möglich": "möglich" right after the figure says the same.
const DEEMED_POSSIBLE =
  /^\s*(?:für\s+)?(?:möglich|realistisch|denkbar|erreichbar|wahrscheinlich|machbar)\b/iu;
// "sagt … einen Euro-Kurs von 85 US-Cent voraus", "sagen … 90 US-Cent vorher": a split verb of predicting.
const PREDICT_VERB = /\b(?:sag(?:t|en|te|ten)|seh(?:en)?|sieht|sah(?:en)?)\b/iu;
const PREDICT_PARTICLE = /^\s*(?:voraus|vorher)\b/iu;

/** Whether the words after a price (and the verb before it) make it a forecast, i.e. a target. */
export function isForecastAfter(leftFull: string, rightLocal: string): boolean {
  if (DEEMED_POSSIBLE.test(rightLocal)) return true;
  return PREDICT_PARTICLE.test(rightLocal) && PREDICT_VERB.test(leftFull);
}
