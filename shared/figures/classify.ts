import {
  CURRENCY_PAIR,
  DOWN_CUE,
  INDEX_NAME,
  PERCENT_CUES,
  PRICE_CUES,
  hasCue,
  nearestCue,
} from './keywords';
import type { Cue } from './keywords';
import { TRADED_UNIT_SOURCE } from './lexicon';
import { chartMoveKind, isMeasuredSwing, isSidewaysZone } from './chart-notes';
import {
  firstTimeBound,
  isBoundReached,
  isClosedAtBound,
  isPolicyFloor,
  isStateBound,
  isToleratedBound,
  isIndexAtBound,
  isLineBeforePrice,
  isNoLongerPrice,
} from './bound-reads';
import {
  isCandleRange,
  isPriceInPlus,
  isPricePerUnitBefore,
  isPriceStandingAt,
  isPriceWordAfter,
  isTradedInArea,
  isTradingSpan,
  isChartCaptionPrice,
} from './price-frames';
import {
  firstInYearsMark,
  isRecentMarkInBracket,
  lastSeenMarkAfter,
  markDatedWhen,
  recordHeldAtClose,
} from './last-seen-marks';
import { isDayExtreme, isNonMarketPoints, isSessionRange } from './context-traps';
import { isExchangeRateSentence } from './exchange-rates';
import { isBareMark, namesYearMark } from './mark-horizons';
import { isForecastAfter } from './forecast-phrases';
import { hasFutureFrame, isForecastSentence } from './forecast-sentences';
import { isMoveSize } from './move-sizes';
import { isTradedAmount } from './traded-amounts';
import { isAnalystPossibleMove, isForecastDistance, isPossibleMove } from './potential-phrases';
import {
  isComparedWithMark,
  isExplicitRecord,
  isRecordCloseBefore,
  isShortHorizon,
  longHorizonMark,
  markBeforeColon,
  markNamedAfter,
  markWithBasisNote,
  markReachedAt,
  firstSinceLongMark,
  isFirstSinceLong,
  newMarkAfter,
  recordAfter,
} from './record-marks';
import { isYearNumber } from './scan';
import type { RawFigure } from './scan';
import { isBracketedTargetDistance, isComparedTargetDistance } from './target-distance';
import type { FigureKind, FigureUnit } from './types';
import { PRICE_UNITS } from './types';

/** The sentence around a figure, cut into the pieces the classifier reads (working-text strings). */
export interface FigureContext {
  /** From the previous figure (or the sentence start) up to this figure. */
  leftLocal: string;
  /** From the sentence start up to this figure. */
  leftFull: string;
  /** From this figure up to the next figure (or the sentence end). */
  rightLocal: string;
  /** From this figure up to the sentence end. */
  rightFull: string;
  sentence: string;
  /** The sentence before, for potentials stated one sentence after their target. */
  previousSentence: string;
}

/** What the classifier decided: the kind, the unit (bare numbers may get one) and a sign for falls. */
export interface Classification {
  kind: FigureKind;
  unit: FigureUnit;
  sign: number;
}

const RIGHT_WINDOW = 70;
const MONEY_PRICE_CUES: ReadonlySet<Cue> = new Set([
  'target',
  'fair_value',
  'high_52w',
  'low_52w',
  'level',
  'quote',
  'amount',
]);
// "um maximal 30 Zähler steigen": a bound on the size may stand between "um" and the figure.
const MOVE_PREPOSITION = /(?:\bum|\bby)(?:\s+(?:maximal|höchstens|mindestens|weitere|nochmals|nur))?\s*$/iu;
const MOVED_BY =
  /\b(?:verlor(?:en)?|verliert|verlieren|gewann(?:en)?|gewinnt|gewinnen|gewonnen|verloren|lost|gained|added|shed)\s+(?:rund\s+|etwa\s+|knapp\s+|fast\s+|gut\s+|about\s+|nearly\s+|klare\s+|satte\s+|deutliche\s+|kräftige\s+|leichte\s+|weitere\s+|stolze\s+)?$/iu;
// "gewinnt der Wert des Pharmaunternehmens klare 2,48 Euro": the subject stands between verb and amount.
const MOVED_BY_SPLIT =
  /\b(?:verlor(?:en)?|verliert|verlieren|gewann(?:en)?|gewinnt|gewinnen|gewonnen)\b[^,.;:\d]{0,60}$/iu;
// A letter lookbehind, not \b: in JS \b never matches before "ü", so "über" had never counted here.
const ENDS_IN_PREPOSITION =
  /(?<![\p{L}])(?:auf|bei|von|vom|zu|zum|zur|um|mit|an|am|über|unter|bis|in|im|nach|seit|at|to|from|of)\s*$/iu;
// "sackte … auf zeitweise knapp 7000 Dollar ab": an adverb of time may stand between "auf" and the move's end.
const RESULT_PREPOSITION =
  /(?:\bauf|\bto)(?:\s+(?:zeitweise|zeitweilig|zwischenzeitlich|kurzzeitig|vorübergehend|zuletzt))?\s*$/iu;
// "1,96 Dollar mehr als am Vortag", "76 Cent weniger als am Mittwoch": the size of a move.
// "und damit 1,60 Dollar mehr als einen Tag zuvor": a figure right before "mehr/weniger als" is a difference.
// "über fünf Euro mehr für die gleiche Menge zahlen": so is what more or less had to be paid.
const MORE_THAN_AFTER =
  /^\s*(?:mehr|weniger|höher|niedriger|teurer|billiger)\s+(?:als\s+(?:am|zuvor|gestern|vorher|im|zum|bei|noch|vor|ein(?:e|en|em|er)?|tags|in der)|für\s+(?:die|den|das|eine|einen|ein)|als\s+(?:bisher|bislang|heute|erwartet|gedacht|prognostiziert))(?![\p{L}])|^\s*(?:(?:je|pro)\s+[\d\s]*[\p{L}-]+\s+)?(?:mehr|weniger)(?:\s+als\s+(?:heute|bisher|zuvor)|\s*[,;]|\s*$)/iu;
// "Die Handelsspanne beläuft sich auf etwas mehr als 100 Punkte", "hatten nur etwas mehr als 15 Punkte gefehlt": the
// width of a span or a distance still to go is a difference, not a price.
const SPAN_SIZE_BEFORE =
  /(?:spanne|abstand|differenz|distanz)\p{L}*\s+(?:beläuft sich auf|belief sich auf|beträgt|betrug|liegt bei|lag bei)\s+(?:etwas\s+)?$/iu;
const DISTANCE_AFTER = /^\s*(?:gefehlt|fehlten|fehlen|fehlt)(?![\p{L}])/iu;
// "eine Erholung … von rund 1 500 Indexpunkten", "des Dax-Absturzes von 1000 Punkten", "Nach 600 Punkten plus", "machte
// … 600 Punkte gut", "597 Punkte eingesammelt", "um mehr als 400 Punkte entfernt": the size of a move in points.
const CHANGE_NOUN_BEFORE =
  /(?:erholung|absturz\p{L}*|anstieg\p{L}*|rückgang\p{L}*|verlust\p{L}*|plus|minus|zuwachs\p{L}*|korrektur|rally|rallye|einbruch\p{L}*|kurssprung|kursrutsch\p{L}*|aufholjagd)\s+(?:im\s+[\p{L}\s]{0,30}?)?(?:von|um)\s+(?:etwas\s+)?$/iu;
const CHANGE_WORD_AFTER =
  /^\s*(?:plus|minus|gut|eingesammelt|eingebüßt|verloren|zugelegt|abgegeben|gewonnen|aufgeholt|wettgemacht|entfernt|im plus|im minus)(?![\p{L}])/iu;

// "einen Anstieg von 7700 auf nun 26700 Punkte": a start with its end is a price; so is "auf 33 114 Punkten im Plus".
const START_OF_PAIR_AFTER = /^\s*(?:auf|bis|nach)(?![\p{L}])/iu;

function isChangeInPoints(unit: FigureUnit, ctx: FigureContext): boolean {
  if (unit !== 'points') return false;
  if (CHANGE_NOUN_BEFORE.test(ctx.leftLocal)) return !START_OF_PAIR_AFTER.test(ctx.rightLocal);
  return (
    CHANGE_WORD_AFTER.test(ctx.rightLocal) && !/(?<![\p{L}])(?:auf|bei|mit|zu)\s*$/iu.test(ctx.leftLocal)
  );
}
// "bewegt sich zurzeit um 15.675 Punkte": "um" after a verb of lying means around, not by.
// "(um 1.920 Dollar pro Unze)": "um" opening a bracket gives a value about, it is no move by.
const AROUND =
  /\b(?:bewegt sich|bewegte sich|pendelt\w*|liegt|lag|notiert\w*|verläuft|schwankt\w*)\b[^,.;]{0,20}\bum\s*$|(?:zone|bereich|region|niveau|marke|unterstützung|widerstand)\s+um\s*$|\(\s*um\s*$/iu;
// "… 25.000 Zählern ein realistisches Ziel": the figure is called a target after it.
const CALLED_TARGET = /^\s*(?:ein|das|als)\s+(?:[\p{L}-]+\s+)?(?:ziel|kursziel|etappenziel)\b/iu;
// "in Richtung 20.000 Punkte", "zurück in Richtung 12.400": where the writer sees the price heading.
// "aufwärts Richtung 25.200/300 Punkte", "rast Richtung 100 Euro": "in" may be left out.
const TOWARDS = /(?<![\p{L}])(?:in\s+)?richtung\s+(?:der\s+|des\s+|von\s+)?$/iu;
const AT_PREPOSITION = /(?:\bbei|\bat|\bmit|\bvon|\bzu|:)\s*$/iu;
const PER_SHARE_AFTER =
  /^\s*(?:je|pro)\s+(?:aktie|anteil|stück|vorzugsaktie|stammaktie)|^\s*(?:per|a)\s+share/iu;
// "liegt mit ihrem Kurs bereits über dem Median von 24 Euro": a median or mean of figures the sentence does not
// name (targets? prices?) is no price of its own; "das Kursziel liegt im Median bei 29,33" names them.
const STATISTIC_OF = /\b(?:median|mittelwert)\s+(?:von|bei)\s+$/iu;

function isUnnamedStatistic(ctx: FigureContext): boolean {
  if (!STATISTIC_OF.test(ctx.leftLocal)) return false;
  const named = nearestPriceCue(ctx.leftFull, true);
  return named !== 'target' && named !== 'fair_value';
}

const MARK_OF = /marke\s+(?:von|bei)\s+$/iu;
const RECORD_SINCE = /(?:rekord|allzeit)\p{L}*\s+seit\s/iu;
// "rund 110 Dollar pro Tonne", "9.500 US-Dollar je Tonne": a price per unit of a good is what it trades at.
const PER_UNIT_AFTER = new RegExp(`^\\s*(?:je|pro|per|a|an)\\s+(?:${TRADED_UNIT_SOURCE})(?![\\p{L}])`, 'iu');
const BOUND_QUALIFIER = /^(?:über|unter|oberhalb von|unterhalb von|over)$/iu;
const SUBJECT_PRICE = PERCENT_CUES.find(([name]) => name === 'subject_price')?.[1] ?? /$^/u;
const MOVE_VERB = PERCENT_CUES.find(([name]) => name === 'move_verb')?.[1] ?? /$^/u;
const STATED_RELATION =
  /^\s*(?:über|unter|oberhalb|unterhalb)\s+(?:dem|des|der)\s+(?:aktuellen|jetzigen|derzeitigen|letzten|momentanen)?\s*[\p{L}]*-?(?:kurs|schlusskurs|niveau|preis|kursniveau|stand)|^\s*(?:above|below)\s+(?:the\s+)?(?:current|last|friday's|recent|today's)?/iu;
const TO_TARGET =
  /^\s*(?:über|unter|oberhalb|unterhalb|above|below|zum|vom|bis zum|gegenüber dem|to the|from the)\s+(?:dem|des|der|ihrem|seinem|the)?\s*(?:[\p{L}-]+\s+)?(?:kursziel|zielkurs|preisziel|fairen wert|fair value|price target|target)/iu;
const FORECAST =
  /\b(?:könnte\w*|dürfte\w*|möglich|erwarte\w*|rechne\w*|zutrau\w*|trau\w*|prognostiz\w*|zwölf monaten|12 monaten|wäre\w*|würde\w*|could|would|will|expects?|sees?)\b/iu;
// "expect the stock to reach $210": an English forecast price.
const REACH = /\b(?:reach|hit|climb to|rise to|fall to|drop to)\s*$/iu;
const UPSIDE = PERCENT_CUES.find(([name]) => name === 'upside')?.[1] ?? /$^/u;
const MORE_THAN_PRICE =
  /^\s*(?:mehr|weniger|über|unter|oberhalb|unterhalb)\s+(?:als\s+)?(?:(?:der|dem|des|die)\s+(?:aktuelle\w*|jetzige\w*|derzeitige\w*|letzte\w*|momentane\w*)?\s*(?:kurs|schlusskurs|aktienkurs|notierung)|derzeit|aktuell|heute|jetzt)/iu;
// "könnte bis auf 1,02 Dollar fallen", "bis in den Bereich von 90 Euro steigen": a forecast price.
const FORECAST_TO = /\bbis\s+(?:auf\s+|zu\s+|in den bereich (?:von|um)\s+|an die marke von\s+)?$/iu;
// Word starts by a letter lookbehind, not \b (which never matches before "ö": "Öl" had never counted).
const COMMODITY_OR_FX =
  /(?<![\p{L}])(?:gold\w*|silber\w*|platin\w*|öl\w*|brent|wti|feinunze|unze|barrel|fass|kupfer\w*|bitcoin|ether|devisen\w*|ounce|oil)\b|(?<![\d.,]\s*)\b(?:euro|yen|franken|pfund|yuan)\b/iu;
// "Zeitweise kratzte der Preis sogar an 71,20 $", "Zuvor hatte der Preis noch bei rund 5,0 Dollar gelegen": with
// the price itself as the subject, a money figure is that price even when the thing priced stood in an earlier
// line ("ab einem Preis von 180 Euro", a rule's threshold, is no subject).
const PRICE_SUBJECT = /\b(?:der\s+preis|die\s+notierung)\b/iu;
const ANALYST_SEES = /\b(?:sehen|sieht|see|sees)\b[^,.;]{0,50}\b(?:bei|auf|at)\s*$/iu;
// "Credit Suisse erwarten ebenfalls 1,12": the figure as the object of a verb of expecting is a forecast.
const EXPECTS_BEFORE =
  /\b(?:erwartet|erwarten|erwartete|erwarteten|prognostiziert|prognostizieren)\s+(?:(?:ebenfalls|weiterhin|nun|jetzt|auch|sogar|rund|etwa)\s+)*$/iu;
const SUBJECT_CUES = PERCENT_CUES.filter(([name]) => name.startsWith('subject_'));
const SUBJECT_KIND: Partial<Record<Cue, FigureKind>> = {
  subject_price: 'price_move',
  subject_business: 'business_growth',
  subject_other: 'percent_other',
};
const STATED_VERB = /(?:entspricht|entspräche|impliziert|bedeutet|implies|implying|was einem|spielraum)/iu;
// "was einer Erwartung von 17,07 Prozent entspricht": the verb closes the clause after the figure.
const STATED_VERB_AFTER = /^\s*(?:entspricht|entspräche|bedeutet|bedeuten würde)\b/iu;
const SUBJECT_PRICE_CUES = PERCENT_CUES.filter(([name]) => name === 'subject_price');
const CURRENCY_UNITS: ReadonlySet<FigureUnit> = new Set(['USD', 'EUR', 'CNY', 'HKD', 'GBP', 'CHF', 'JPY']);
// "war der Bitcoin mehr als 55.000 Dollar wert": what one unit of the subject is worth is its price.
const WORTH_AFTER = /^\s*wert\b/iu;
// "so wird der Wert auf 33,85 Euro steigen": a future or modal verb with a move to a price is a forecast.
const FUTURE_BEFORE =
  /\b(?:wird|werden|würde|würden|soll|sollen|sollte|sollten|dürfte|dürften|könnte|könnten|müsste|müssten|kann|können)\b[^,.;]{0,60}\b(?:auf|bis(?:\s+auf)?)\s*$/iu;
const INFINITIVES =
  'steigen|ansteigen|fallen|sinken|klettern|zulegen|anziehen|zurückgehen|zurückfallen|rutschen|abrutschen|absacken|springen|nachgeben|einbrechen|abstürzen|anwachsen|hochschnellen|vorrücken|zurücksetzen';
const MOVE_INFINITIVE = new RegExp(`^\\s*(?:${INFINITIVES})\\b`, 'iu');
// The same forecast as a whole clause, for a percentage that points back to it ("Dies entspricht …").
const FORECAST_MOVE = new RegExp(
  `\\b(?:wird|werden|würde|würden|soll|sollen|sollte|dürfte|dürften|könnte|könnten)\\b[^,.;]{0,60}\\b(?:auf|bis)\\s+[\\d.,]+\\s*[\\p{L}-]*\\s+(?:${INFINITIVES})\\b`,
  'iu',
);
// "nach dem Höchststand vom 10. November … auf unter 17.000 Dollar abgestürzt": the mark is where a move
// started; the figure after "auf" is where it ended, a quote ("vom Rekordhoch von 11'035 Dollar auf 7270 Dollar" too).
const PAST_MARK =
  /\b(?:(?:nach|seit|von)\s+(?:dem|ihrem|seinem|einem|dem\s+bisherigen)|vom)\s+(?:[\p{L}-]+\s+)?(?:höchst|rekord|allzeit|jahres|tiefst|rekordtief|allzeittief)\p{L}*[^,;]*\b(?:auf|bis\s+auf)\s*$/iu;

// "die derzeit bei knapp 34 Euro notierende Aktie": a participle of trading after the figure makes it a quote.
const QUOTE_PARTICIPLE = /^\s*(?:notierend|gehandelt|kostend)\w*\b/iu;
// "… 1,1470 Franken gestern im Handel gebrochen": the object of a chart verb is a chart level. So is where rises
// kept ending or falls found a hold ("zwischen 1,274 und 1,297 Dollar ihr Ende fanden", "Halt fand").
const CHART_VERB_AFTER =
  /^[^,.;]{0,60}?(?<![\p{L}])(?:gebrochen|durchbrochen|unterschritten|überschritten|überwunden|getestet|verteidigt|zurückerobert|übersprungen|geknackt|überstieg|überstiegen|überschritt|unterschritt|durchbrach|übersprang|knackte|(?:ihr|sein)\s+ende\s+fand(?:en)?|halt\s+fand(?:en)?)(?![\p{L}])/iu;
// "Ende August letzten Jahres überschritt der Gaspreis 300 Euro": the same verbs, finite, before the figure.
const CHART_VERB_BEFORE =
  /(?<![\p{L}])(?:überschritt|überschritten|unterschritt|unterschritten|durchbrach|durchbrachen|übersprang|übersprangen|überwand|unterbot)(?![\p{L}])[^,.;\d]{0,40}$/iu;
// "bei 12 957,44 Punkten und damit klar unter der runden Marke", "stand er mit 22'008,30 Punkten noch knapp über
// der Marke": a price placed against a mark is the price.
const MARK_HYPHEN_AFTER = /^-(?:marke|linie|schwelle|hürde)(?![\p{L}])/iu;
const PLACED_AGAINST =
  /^\s*(?:,\s*)?(?:und\s+)?(?:damit|somit|noch|wieder)\s+(?:\p{Ll}+\s+){0,3}(?:unter|über|oberhalb|unterhalb)\s+(?:der|dem|den|die|seiner|ihrer|ihrem|seinem)\b/iu;
// "legte der EuroSTOXX auf Schlusskursbasis knapp 90 Punkte (2,6 Prozent) zu": a separable move verb whose
// particle closes the clause after the figure.
const SEPARABLE_MOVE_VERB =
  /\b(?:legte|legten|legt|gab|gaben|gibt|büßte|büßten|büsste|zog|zogen)\b[^,.;]{0,60}$/iu;
const SEPARABLE_PARTICLE = /^\s*(?:\([^()]{0,40}\)\s*)?(?:zu|nach|ein|an)\b/iu;
// "Der X-Dax lässt einen Start bei 15 763 Punkten … erwarten": the price is what the writer expects.
const LETS_EXPECT = /\b(?:lässt|lassen|ließ|ließen)\b[^,.;]{0,40}$/iu;
const EXPECT_CLOSES = /^[^.;]{0,80}\berwarten\b/iu;
// "Dieses stammt mit knapp 20.523 Punkten von Mitte Dezember": a pronoun standing for the mark in the
// sentence before (a determiner would be followed by its noun, written with a capital).
const POINTER_PRONOUN = /\b(?:[Dd]ieses|[Dd]ieser|[Jj]enes|[Jj]ener)\s+\p{Ll}/u;
const CARRIED_KINDS: ReadonlySet<Cue> = new Set(['high_52w', 'low_52w', 'target', 'fair_value']);

// The mark a pointing pronoun refers to: the cue nearest the end of the sentence before, if it is one.
function markPointedTo(ctx: FigureContext): FigureKind | null {
  if (!POINTER_PRONOUN.test(ctx.leftFull) || ctx.previousSentence === '') return null;
  const cue = nearestCue(ctx.previousSentence, PRICE_CUES, true)?.cue;
  return cue && CARRIED_KINDS.has(cue) ? priceCueKind(cue) : null;
}

// "Der Gewinn je Aktie soll auf 5 Euro steigen": a money word nearer than any share word makes it a sum.
function isAboutAmount(ctx: FigureContext): boolean {
  const window = ctx.leftFull.slice(-80);
  const wider = nearestCue(window, PRICE_CUES, true);
  const subject = nearestCue(window, SUBJECT_PRICE_CUES, true);
  return wider?.cue === 'amount' && (subject === null || wider.distance <= subject.distance);
}

function priceCueKind(cue: Cue): FigureKind {
  return cue === 'target' ||
    cue === 'fair_value' ||
    cue === 'high_52w' ||
    cue === 'low_52w' ||
    cue === 'level' ||
    cue === 'quote'
    ? cue
    : 'amount';
}

function nearestPriceCue(segment: string, fromEnd: boolean): Cue | null {
  const found = nearestCue(segment, PRICE_CUES, fromEnd);
  return found && MONEY_PRICE_CUES.has(found.cue) ? found.cue : null;
}

/** Kind of an amount of money or index points. */
function classifyPrice(raw: RawFigure, unit: FigureUnit, ctx: FigureContext): FigureKind {
  // An index reading or a football score in points: a plain number, not a price.
  if (isNonMarketPoints(unit, raw.value, ctx.sentence)) return 'count';
  // A policy floor ("keinen Eurokurs unter 1,20 Franken zu tolerieren") stays no price, even in a rate sentence.
  if (isToleratedBound(raw.qualifierWord, ctx.rightLocal) || isPolicyFloor(ctx.leftLocal)) return 'amount';
  let kind = classifyPriceByCues(raw, unit, ctx);
  // "Er wird nun mit 184,09 Yen bewertet": in a sentence about a rate, money words price the currency.
  if (kind === 'amount' && CURRENCY_UNITS.has(unit) && isExchangeRateSentence(ctx.sentence)) kind = 'quote';
  // Index points are never a sum of money: where a money cue won, the points are the index's level.
  if (kind === 'amount' && unit === 'points' && !raw.hasScale) kind = 'quote';
  // A price in a sentence that forecasts it is a target, whatever the price words around it say.
  if (
    (kind === 'quote' || ((kind === 'high_52w' || kind === 'low_52w') && hasFutureFrame(ctx.sentence))) &&
    isForecastSentence(ctx.sentence, ctx.leftLocal, ctx.leftFull, ctx.rightLocal)
  )
    return 'target';
  if (kind === 'amount' && !raw.hasScale && isTradedAmount(ctx.leftLocal, ctx.leftFull, ctx.rightLocal))
    return 'quote';
  if (kind === 'quote') kind = markBeforeColon(ctx.leftFull) ?? kind;
  if (kind === 'quote' && isRecordCloseBefore(ctx.leftFull, ctx.leftLocal)) return 'high_52w';
  // "erreichte somit die Marke von 5.523,41 Punkten": a mark with cents is no round chart mark but the price reached.
  if (kind === 'level' && MARK_OF.test(ctx.leftLocal) && raw.value >= 100 && !Number.isInteger(raw.value))
    return 'quote';
  // "den höchsten Stand bei …" in a report of the day's session is the day's high: a quote.
  if (kind === 'high_52w' || kind === 'low_52w') {
    const near = `${ctx.leftLocal.slice(-60)} ${ctx.rightFull.slice(0, 100)}`;
    // "der tiefste Stand seit März, das Jahrestief bei X": a year word at the figure beats another clause's horizon.
    // "ihr erstes Rekordhoch seit sechs Monaten": a record word with the horizon is a record all the same.
    if (isShortHorizon(near) && !namesYearMark(ctx.leftLocal) && !RECORD_SINCE.test(near)) return 'quote';
    // A mark named before a colon ("den höchsten Stand aller Zeiten erreicht: Um 17:35 Uhr …") counts too.
    const isLong =
      isExplicitRecord(near) ||
      isFirstSinceLong(ctx.leftFull) ||
      longHorizonMark(ctx.sentence) !== null ||
      markBeforeColon(ctx.leftFull) !== null;
    const isSession = isDayExtreme(ctx.sentence, ctx.previousSentence) || isSessionRange(ctx.sentence);
    if (!isLong && isSession) return 'quote';
    if (!isLong && isBareMark(ctx.leftLocal, ctx.sentence)) return 'quote';
  }
  return kind;
}

function classifyPriceByCues(raw: RawFigure, unit: FigureUnit, ctx: FigureContext): FigureKind {
  if (raw.hasScale) return 'amount';
  // "+326,58 Pkt.+1,18 %": a price is never written with a plus; a signed figure is the change.
  if (raw.explicitSign > 0) return 'price_move';
  if (raw.isLevelCompound) return 'level';
  // "über 20 000 Punkte-Marke": the unit joined to a mark word by a hyphen makes the figure the mark.
  if (MARK_HYPHEN_AFTER.test(ctx.rightLocal)) return 'level';
  // "für 1,0622 Franken zu haben – weniger kostete ein Euro zuletzt im August 2015": the mark beats the price words.
  const lastSeen =
    lastSeenMarkAfter(ctx.rightFull) ??
    markDatedWhen(ctx.leftFull, ctx.rightLocal) ??
    firstInYearsMark(ctx.leftFull);
  if (lastSeen) return lastSeen;
  if (isSidewaysZone(ctx.leftLocal, raw.valueHigh !== null)) return 'level';
  if (isMeasuredSwing(ctx.leftLocal, raw.valueHigh !== null)) return 'price_move';
  // Price words that beat an amount cue further back ("Der aktuelle Preis liegt bei", "für X zu haben").
  if (
    isPriceStandingAt(ctx.leftLocal) ||
    isPriceWordAfter(ctx.leftLocal, ctx.rightFull) ||
    isChartCaptionPrice(ctx.leftLocal) ||
    isRecentMarkInBracket(ctx.leftLocal)
  )
    return 'quote';
  if ((FORECAST_TO.test(ctx.leftLocal) || REACH.test(ctx.leftLocal)) && FORECAST.test(ctx.sentence))
    return 'target';
  if (TOWARDS.test(ctx.leftLocal) || EXPECTS_BEFORE.test(ctx.leftLocal)) return 'target';
  if (isUnnamedStatistic(ctx)) return 'amount';
  if (FUTURE_BEFORE.test(ctx.leftFull) && MOVE_INFINITIVE.test(ctx.rightLocal) && !isAboutAmount(ctx))
    return 'target';
  const hasMove = hasCue(ctx.sentence, MOVE_VERB);
  const hasSubject = hasCue(ctx.sentence, SUBJECT_PRICE);
  // "legte um 0,50 Euro zu", "Der Dax verlor 120 Punkte": the size of a move, not a price.
  const isMoveBy = MOVE_PREPOSITION.test(ctx.leftLocal) && hasMove && !AROUND.test(ctx.leftLocal);
  if (isMoveBy || MOVED_BY.test(ctx.leftLocal)) return 'price_move';
  if (MOVED_BY_SPLIT.test(ctx.leftLocal) && !ENDS_IN_PREPOSITION.test(ctx.leftLocal)) return 'price_move';
  if (!AROUND.test(ctx.leftLocal) && isMoveSize(ctx.leftLocal, ctx.leftFull, ctx.rightLocal, ctx.rightFull))
    return 'price_move';
  if (CALLED_TARGET.test(ctx.rightLocal) || isForecastAfter(ctx.leftFull, ctx.rightLocal)) return 'target';
  if (MORE_THAN_AFTER.test(ctx.rightLocal)) return 'price_move';
  if (raw.valueHigh === null && (SPAN_SIZE_BEFORE.test(ctx.leftLocal) || DISTANCE_AFTER.test(ctx.rightLocal)))
    return 'price_move';
  if (raw.valueHigh === null && isChangeInPoints(unit, ctx)) return 'price_move';
  if (WORTH_AFTER.test(ctx.rightLocal)) return 'quote';
  // The mark or price named after "und damit unter …" is what this figure is compared with, not its kind.
  if (PLACED_AGAINST.test(ctx.rightLocal)) {
    const own = nearestPriceCue(ctx.leftLocal, true);
    return own ? priceCueKind(own) : 'quote';
  }
  const record =
    recordHeldAtClose(ctx.leftLocal) ??
    recordAfter(ctx.rightFull) ??
    markNamedAfter(ctx.leftLocal, ctx.rightFull) ??
    firstTimeBound(raw.qualifierWord, ctx.leftFull) ??
    firstSinceLongMark(ctx.leftFull, ctx.leftLocal, ctx.rightLocal) ??
    markReachedAt(ctx.leftLocal, ctx.rightLocal, ctx.rightFull);
  if (record) return record;
  const noted = markWithBasisNote(ctx.leftFull);
  if (noted) return noted;
  const chartMove = chartMoveKind(ctx.leftLocal, ctx.leftFull, ctx.rightLocal, ctx.rightFull);
  if (chartMove) return chartMove;
  // "zum Rekordpreis von 4.531 Dollar gehandelt", "das Jahreshoch bei 40,28 Euro überschritten": a mark named
  // right before the figure keeps its kind against a verb of trading or of crossing after it.
  const markBefore = nearestPriceCue(ctx.leftLocal, true);
  const isMarkBefore = markBefore === 'high_52w' || markBefore === 'low_52w';
  // "wurde … in der Spanne von etwa 3300 Dollar bis etwas über 4000 Dollar gehandelt": a span traded in over a period
  // is a chart range (one level, as corpus-tune-4 n042), not the price; a candle's span stays a quote.
  if (isTradingSpan(ctx.leftLocal, ctx.sentence, raw.valueHigh !== null)) return 'level';
  if (QUOTE_PARTICIPLE.test(ctx.rightLocal) && !isMarkBefore) return 'quote';
  if (isNoLongerPrice(ctx.leftLocal, ctx.rightLocal)) return 'quote';
  if (isClosedAtBound(raw.qualifierWord, ctx.leftLocal, ctx.rightLocal)) return 'quote';
  if (
    isTradedInArea(ctx.leftLocal) ||
    isPricePerUnitBefore(ctx.leftLocal) ||
    isPriceInPlus(ctx.leftLocal, ctx.rightFull) ||
    isCandleRange(ctx.leftLocal, ctx.sentence, raw.valueHigh !== null)
  )
    return 'quote';
  if (isComparedWithMark(ctx.rightLocal)) return 'quote';
  if (
    SEPARABLE_MOVE_VERB.test(ctx.leftFull) &&
    SEPARABLE_PARTICLE.test(ctx.rightFull) &&
    !ENDS_IN_PREPOSITION.test(ctx.leftLocal)
  )
    return 'price_move';
  if (LETS_EXPECT.test(ctx.leftLocal) && EXPECT_CLOSES.test(ctx.rightFull)) return 'target';
  if ((CHART_VERB_AFTER.test(ctx.rightLocal) || CHART_VERB_BEFORE.test(ctx.leftLocal)) && !isMarkBefore)
    return 'level';
  // "legte 1,11 Dollar auf 74,67 Dollar zu": a sum right before "auf <end level>" is the move.
  if (hasMove && /^\s*(?:auf|to)\s*$/iu.test(ctx.rightLocal) && !/\b(?:von|from)\s*$/iu.test(ctx.leftLocal))
    return 'price_move';
  if (RESULT_PREPOSITION.test(ctx.leftLocal) && hasMove) {
    const mark = newMarkAfter(ctx.rightLocal);
    if (mark) return mark;
  }
  const changed = changedTargetKind(ctx);
  if (changed) return changed;
  const local = nearestPriceCue(ctx.leftLocal, true);
  if (local === null || local === 'quote') {
    const pointed = markPointedTo(ctx);
    if (pointed) return pointed;
    // "die UBS sieht den EUR/CHF-Kurs bei 1,10": the price seen is a forecast, though "Kurs" names a quote.
    if (ANALYST_SEES.test(ctx.leftLocal)) return 'target';
  }
  if ((local === null || local === 'quote') && isLineBeforePrice(raw.qualifierWord, ctx.rightLocal))
    return 'level';
  if ((local === 'high_52w' || local === 'low_52w') && PAST_MARK.test(ctx.leftLocal)) return 'quote';
  if (local) return priceCueKind(local);
  if (PER_SHARE_AFTER.test(ctx.rightLocal)) return 'amount';
  if (RESULT_PREPOSITION.test(ctx.leftLocal) && (hasMove || hasSubject)) {
    const window = ctx.leftFull.slice(-80);
    const wider = nearestCue(window, PRICE_CUES, true);
    // "Kursplus von 2,6 % auf 48,50 Euro" after "Ankündigung eines Rückkaufs": the nearer share wins.
    const subject = nearestCue(window, SUBJECT_PRICE_CUES, true);
    const amountIsNearer =
      wider?.cue === 'amount' && (subject === null || wider.distance <= subject.distance);
    if (amountIsNearer || wider?.cue === 'target' || wider?.cue === 'fair_value')
      return priceCueKind(wider.cue);
    // "Der Dax stieg auf 19.500 Punkte, … erwarten Analysten": the forecast must stand before the figure.
    return FORECAST.test(ctx.leftFull) || FORECAST.test(ownClause(ctx.rightLocal)) ? 'target' : 'quote';
  }
  if (raw.qualifierWord !== null && BOUND_QUALIFIER.test(raw.qualifierWord)) {
    const reached =
      isBoundReached(ctx.leftLocal, ctx.leftFull, ctx.rightLocal, ctx.rightFull) ||
      isIndexAtBound(raw.qualifierWord, ctx.leftLocal);
    return reached || isStateBound(ctx.sentence, ctx.leftLocal, ctx.leftFull) ? 'quote' : 'level';
  }
  const right = nearestPriceCue(ownMainClause(ctx.rightLocal).slice(0, RIGHT_WINDOW), false);
  if (right) return priceCueKind(right);
  const wideLeft = nearestPriceCue(ctx.leftFull, true);
  // "hat sich … vom Rekordhoch von 11'035 Dollar auf 7270 Dollar … zurückgebildet": the verb after, the mark before
  // the start; the end is a quote as with a move verb.
  const isPastMark = (wideLeft === 'high_52w' || wideLeft === 'low_52w') && PAST_MARK.test(ctx.leftFull);
  if (wideLeft) return isPastMark ? 'quote' : priceCueKind(wideLeft);
  const wideRight = nearestPriceCue(ownMainClause(ctx.rightFull).slice(0, RIGHT_WINDOW * 2), false);
  if (wideRight) return priceCueKind(wideRight);
  if (ANALYST_SEES.test(ctx.leftLocal)) return 'target';
  if (
    unit === 'points' ||
    COMMODITY_OR_FX.test(ctx.sentence) ||
    PRICE_SUBJECT.test(ctx.sentence) ||
    PER_UNIT_AFTER.test(ctx.rightLocal)
  )
    return 'quote';
  if ((AT_PREPOSITION.test(ctx.leftLocal) || RESULT_PREPOSITION.test(ctx.leftLocal)) && hasSubject)
    return 'quote';
  return 'amount';
}

// "Das Kursziel …, das bislang bei 14 Euro lag, wird deutlich auf 8,50 Euro reduziert": a verb of setting closing
// the clause after "auf X" makes X the new value of the target or fair value the sentence names, however far back.
const SET_AFTER =
  /^\s*(?:gesenkt|reduziert|angehoben|erhöht|heraufgesetzt|herabgesetzt|hochgesetzt|gekappt|gestutzt|zurückgenommen)(?![\p{L}])/iu;

function changedTargetKind(ctx: FigureContext): FigureKind | null {
  if (!/\bauf\s*$/iu.test(ctx.leftLocal) || !SET_AFTER.test(ctx.rightLocal)) return null;
  const named = nearestPriceCue(ctx.leftFull, true);
  return named === 'target' || named === 'fair_value' ? named : null;
}

// "Lag der Index … noch bei rund 1.000 Punkte, so stieg der Index … auf seinen Höchststand von …": a cue after
// a comma that opens the next main clause ("so", "dann", "doch") names that clause's figure, not this one.
// "schloss … bei 15 129,51 Punkten, nachdem er tags zuvor noch ein Rekordhoch erreicht hatte": a "nachdem" clause
// tells an earlier event, so its record is not this figure's.
// ", das neue Allzeithoch liegt nun bei …", ", damit lag er in Tuchfühlung mit seinem Allzeithoch bei …": a clause with its
// own verb of standing names the next figure.
const NEXT_MAIN_CLAUSE =
  /,\s*(?:(?:so|dann|doch|aber|nachdem)\s|(?:das|der|die)\s+(?:\p{L}+\s+)?\p{L}+\s+(?:liegt|lag|steht|stand|notiert|notierte)\s|(?:damit|somit)\s+(?:lag|liegt|notierte|notiert|stand|steht)\s)/iu;

function ownMainClause(right: string): string {
  const next = NEXT_MAIN_CLAUSE.exec(right);
  return next ? right.slice(0, next.index) : right;
}

// The rest of the figure's own clause: "auf 20.000 Punkte steigen könnte", up to a comma or 30 characters.
function ownClause(right: string): string {
  return (right.split(/[,;.]/u)[0] ?? '').slice(0, 30);
}

/** Kind of a percentage. */
function classifyPercent(ctx: FigureContext): FigureKind {
  const rightUpside = hasCue(ctx.rightLocal.slice(0, 40), UPSIDE);
  if (hasCue(ctx.leftLocal.slice(-60), UPSIDE) || rightUpside || TO_TARGET.test(ctx.rightLocal))
    return 'stated_move';
  if (isPossibleMove(ctx.rightLocal)) return 'stated_move';
  if (isAnalystPossibleMove(ctx.sentence, ctx.leftFull, ctx.leftLocal, ctx.rightLocal)) return 'stated_move';
  if (isForecastDistance(ctx.sentence, ctx.leftLocal, ctx.rightLocal)) return 'stated_move';
  if (isBracketedTargetDistance(ctx.leftLocal, ctx.leftFull, ctx.rightLocal)) return 'stated_move';
  if (isComparedTargetDistance(ctx.leftLocal, ctx.rightLocal)) return 'stated_move';
  // "Das Kursziel liegt bei 22 Euro. Das entspricht einem Abschlag von 12 Prozent.": the target may
  // stand in the sentence before when this one opens with a pointer back to it.
  const pointsBack = /^\s*(?:das|dies|damit|es|dieses|dieser|this|that|it)\b/iu.test(ctx.leftFull)
    ? ctx.previousSentence
    : '';
  const aboutTarget =
    [ctx.sentence, pointsBack].some(
      (text) => hasCue(text, PRICE_CUES[0]?.[1] ?? /$^/u) || hasCue(text, PRICE_CUES[1]?.[1] ?? /$^/u),
    ) || FORECAST_MOVE.test(pointsBack);
  // "Dies entspricht gegenüber dem aktuellen Kurs von 27,08 Euro einem Plus von 25 Prozent": with a
  // pointer back, the verb may stand before the quote it is measured from.
  const statedVerb = STATED_VERB.test(ctx.leftLocal) || (pointsBack !== '' && STATED_VERB.test(ctx.leftFull));
  if (
    aboutTarget &&
    (STATED_RELATION.test(ctx.rightLocal) ||
      MORE_THAN_PRICE.test(ctx.rightLocal) ||
      statedVerb ||
      STATED_VERB_AFTER.test(ctx.rightLocal)) &&
    !hasCue(ctx.leftLocal, MOVE_VERB)
  ) {
    return 'stated_move';
  }
  // The subject (Aktie, Umsatz, Anteil) decides; a verb like "stieg" fits a share and a revenue alike.
  const localSubject = nearestCue(ctx.leftLocal, SUBJECT_CUES, true)?.cue;
  if (localSubject) return SUBJECT_KIND[localSubject] ?? 'percent_other';
  if (/^\s*(?:der|des|aller|seiner|ihrer|ihres|seines|of)\b/iu.test(ctx.rightLocal)) return 'percent_other';
  const rightSubject = nearestCue(ctx.rightLocal.slice(0, 50), SUBJECT_CUES, false)?.cue;
  if (rightSubject) return SUBJECT_KIND[rightSubject] ?? 'percent_other';
  const sentenceSubject = nearestCue(ctx.leftFull, SUBJECT_CUES, true)?.cue;
  if (sentenceSubject) return SUBJECT_KIND[sentenceSubject] ?? 'percent_other';
  if (hasCue(ctx.leftLocal, MOVE_VERB) || hasCue(ctx.rightLocal, MOVE_VERB)) return 'price_move';
  return 'percent_other';
}

/** Infers a unit for a bare number in a sentence about an index (points) or a currency pair. */
export function inferBareUnit(raw: RawFigure, ctx: FigureContext): FigureUnit | null {
  if (raw.isNumberWord) return null;
  // "Prognose 2025-2026": a bare year is no index level.
  if (isYearNumber(raw)) return null;
  // "Dax über 11.800": a bound right after an index name is in points.
  if (isIndexAtBound(raw.qualifierWord, ctx.leftLocal) && raw.value >= 100) return 'points';
  const namely = namelyUnit(ctx) ?? targetCurrency(ctx) ?? moveEndCurrency(raw, ctx);
  if (namely) return namely;
  const cue = nearestPriceCue(ctx.leftLocal.slice(-30), true);
  const pointsLike =
    cue !== null &&
    cue !== 'amount' &&
    (AT_PREPOSITION.test(ctx.leftLocal) ||
      RESULT_PREPOSITION.test(ctx.leftLocal) ||
      /\s$/.test(ctx.leftLocal) ||
      // "gegenüber dem Montag-Schluss (2350,10)": the close itself in brackets.
      /\(\s*$/u.test(ctx.leftLocal));
  if (!pointsLike && !(RESULT_PREPOSITION.test(ctx.leftLocal) && hasCue(ctx.sentence, MOVE_VERB)))
    return null;
  const pair = CURRENCY_PAIR.exec(ctx.sentence);
  if (pair?.[2]) return pair[2] as FigureUnit;
  if (hasCue(ctx.sentence, INDEX_NAME) && (raw.value >= 100 || !Number.isInteger(raw.value))) return 'points';
  return listedUnit(raw, cue, ctx);
}

// "von der Unterstützung bei ~2440 bis zu derjenigen bei ~2220 Punkten": chart levels listed with the unit said
// once, after the last of them.
const POINTS_LATER = /^[^.;]*?\d\s*(?:punkte|punkten|zähler|zählern)(?![\p{L}])/iu;
// "Die RBI hält bei 33,7 Euro, das Kursziel liegt im Median bei 29,33": a bare target in its clause is in the
// currency of the sentence's price before it.
const CURRENCY_BEFORE_IN_SENTENCE = /\d\s*(us-dollar|dollar|euro|franken)(?![\p{L}])/iu;
const CURRENCY_OF: Record<string, FigureUnit> = {
  'us-dollar': 'USD',
  dollar: 'USD',
  euro: 'EUR',
  franken: 'CHF',
};

function listedUnit(raw: RawFigure, cue: Cue | null, ctx: FigureContext): FigureUnit | null {
  return cue === 'level' && raw.value >= 100 && POINTS_LATER.test(ctx.rightFull) ? 'points' : null;
}

function targetCurrency(ctx: FigureContext): FigureUnit | null {
  const wider = nearestPriceCue(ctx.leftLocal, true);
  if ((wider !== 'target' && wider !== 'fair_value') || !AT_PREPOSITION.test(ctx.leftLocal)) return null;
  const word = CURRENCY_BEFORE_IN_SENTENCE.exec(ctx.leftFull)?.[1]?.toLowerCase();
  return word ? (CURRENCY_OF[word] ?? null) : null;
}

// "Kostete der Schein … noch 17,90 Euro, so begann … der Niedergang, der die Aktie auf mittlerweile nur noch 15,40
// schubste": a bare price with cents as a move's end is in the currency of the sentence's price before it.
const MOVE_END_BARE =
  /(?<![\p{L}])auf\s+(?:(?:mittlerweile|nur|noch|zuletzt|nun|jetzt|rund|etwa|knapp|zeitweise)\s+)*$/iu;

function moveEndCurrency(raw: RawFigure, ctx: FigureContext): FigureUnit | null {
  if (Number.isInteger(raw.value) || !MOVE_END_BARE.test(ctx.leftLocal)) return null;
  const word = CURRENCY_BEFORE_IN_SENTENCE.exec(ctx.leftFull)?.[1]?.toLowerCase();
  return word ? (CURRENCY_OF[word] ?? null) : null;
}

// "knapp unter 3.000 Punkten, nämlich bei 2.981,63": the figure after "nämlich" restates the one before in its unit.
const NAMELY = /\bnämlich\s+(?:bei\s+|auf\s+|mit\s+)?$/iu;
const UNIT_BEFORE_NAMELY =
  /\d\s*(punkte|punkten|zähler|zählern|us-dollar|dollar|euro|franken)(?![\p{L}])[^\d]*$/iu;

function namelyUnit(ctx: FigureContext): FigureUnit | null {
  if (!NAMELY.test(ctx.leftLocal)) return null;
  const word = UNIT_BEFORE_NAMELY.exec(ctx.leftFull)?.[1]?.toLowerCase();
  if (!word) return null;
  return CURRENCY_OF[word] ?? 'points';
}

/** Decides the kind of one figure from its unit and its sentence. */
export function classifyFigure(raw: RawFigure, unit: FigureUnit, ctx: FigureContext): Classification {
  if (unit === 'percent') {
    const kind = classifyPercent(ctx);
    const signed = kind === 'price_move' || kind === 'business_growth' || kind === 'stated_move';
    const down = signed && raw.explicitSign === 0 && isDownward(ctx, kind);
    return { kind, unit, sign: down ? -1 : 1 };
  }
  if (PRICE_UNITS.has(unit)) {
    const kind = classifyPrice(raw, unit, ctx);
    const down = kind === 'price_move' && raw.explicitSign === 0 && isDownward(ctx, kind);
    return { kind, unit, sign: down ? -1 : 1 };
  }
  return { kind: unit === 'count' ? 'count' : 'amount', unit, sign: 1 };
}

function isDownward(ctx: FigureContext, kind: FigureKind): boolean {
  const window =
    kind === 'stated_move'
      ? ctx.leftLocal.slice(-40) + ctx.rightLocal.slice(0, 30)
      : ctx.leftLocal + ctx.rightFull.slice(0, 60);
  return hasCue(window, DOWN_CUE);
}
