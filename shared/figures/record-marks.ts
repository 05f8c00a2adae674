// Record and horizon words around a price: when a quote is a 52-week/record mark, and when a "high" is not (issue 11).
import { PRICE_CUES, hasCue } from './keywords';
import type { FigureKind } from './types';

const HIGH_CUE = PRICE_CUES.find(([name]) => name === 'high_52w')?.[1] ?? /$^/u;
const LOW_CUE = PRICE_CUES.find(([name]) => name === 'low_52w')?.[1] ?? /$^/u;

// "… auf 6677,8 Punkte und erreichte ein neues Allzeithoch": the price a move ended at is the new mark.
// "… auf 4297 Punkte zu und erzielte eine neue Bestmarke": a separable particle may close the move first.
const NEW_MARK_AFTER =
  /^\s*(?:(?:zu|ab|an|nach|ein|hoch|zurück)(?![\p{L}])\s*)?(?:,|–|—|-)?\s*(?:und\s+)?(?:(?:erreichte|markierte|erklomm|setzte|schuf|verzeichnete|erzielte|bedeutete|war|ist)\w*\s+)?(?:damit\s+|somit\s+|so\s+)?(?:ein(?:e|en|em)?\s+|das\s+|den\s+)?(?:neue[nsm]?\s+|frische[nsm]?\s+)/iu;

/** The 52-week/record mark named right after a move's end ("… und erreichte ein neues Allzeithoch"), if any. */
export function newMarkAfter(right: string): FigureKind | null {
  const lead = NEW_MARK_AFTER.exec(right);
  if (!lead) return null;
  // Digits too: "ein frisches 52-Wochen-Tief".
  const word = (/^[\p{L}\d-]+/u.exec(right.slice(lead[0].length))?.[0] ?? '').trim();
  if (hasCue(word, HIGH_CUE) || /^(?:rekord|hoch)/iu.test(word)) return 'high_52w';
  if (hasCue(word, LOW_CUE) || /^tief/iu.test(word)) return 'low_52w';
  return null;
}

// A euro conversion in brackets after the figure ("2.041 Dollar (1.734,8 Euro)") is skipped to read on, and so are
// the unit priced ("pro Feinunze (rund 31 Gramm)", "je Tonne") and the day's change ("mit 69,50 Dollar 1,5 Prozent
// mehr und war damit so teuer wie zuletzt im Dezember 2014").
const UNIT_AND_CHANGE_AHEAD =
  /^(?:\s*(?:(?:je|pro|per)\s+[\p{L}-]+|\([^()]{0,40}\)|[\d.,]+\s*(?:prozent|%)\s+(?:mehr|weniger|höher|tiefer|niedriger|fester|leichter)(?![\p{L}])))+/iu;
// What joins a price to a judgement of it: "… und damit", ", so", "– ein Wert, den …", ", auch das ist …",
// "… gehandelt und damit", "… und krönte damit".
// "… auf dem tiefsten Stand seit zwölf Jahren", "- dem niedrigsten Stand seit September 2003", "– den tiefsten Stand
// seit 2020" and the nominative "– der höchste Wert seit 2014" too: the case does not change the mark (LABELLING.md,
// decision of 2026-12-07).
const JUDGEMENT_LEAD =
  /^\s*(?:\p{L}+\s*)?(?:[,–—-]\s*)?(?:und\s+)?(?:\p{L}+\s+)?(?:damit|somit|so|auch das ist|das ist|dies ist|das war|dies war|ein wert|ein niveau|ein stand|(?:dem|den|der|das)(?=\s+(?:höchst|tiefst|niedrigst)))\b/iu;
const MARK_NAMES_NEXT = /^\s*(?:bei|von|mit)\s+(?:(?:rund|etwa|knapp|gut)\s+)?[\d$€]/iu;
// "und damit in der Nähe seines Mehrjahreshochs": a price near a mark is not the mark.
// "und lag damit in Schlagdistanz zum Rekordhoch": within reach of a mark is not at it.
const NEAR_MARK =
  /\b(?:in der nähe|nahe|unweit|nicht weit|schlagdistanz|tuchfühlung|reichweite|kurz vor|knapp unter|knapp unterhalb|dicht unter)\b/iu;
// Marks that need no horizon to be records; a multi-year adjective ("20-jährigen Tiefstand") carries its own.
// "so hoch hatte er noch nie zuvor geschlossen": a few words may stand between "so hoch" and "nie".
// "den höchsten jemals verzeichneten Wert", "auf den niedrigsten jemals erreichten Wert": ever is a record.
const RECORD_HIGH =
  /höchste[nmrs]?\s+jemals|höchsten?\s+(?:stand|niveau|wert|kurs)\s+(?:seiner|ihrer|der|in der)\s+geschichte|höchsten?\s+(?:stand|niveau|wert|kurs)\s+aller\s+zeiten|so\s+(?:hoch|viel|teuer)\s+(?:wie|(?:\p{L}+\s+){1,3})\s*(?:noch\s+)?nie\b|wie\s+nie\s+zuvor|noch\s+nie\s+(?:erreicht|gesehen|gekostet)|\brekord\w*|allzeit-?hoch\w*|bestmarke\w*|höchststand\w*|jahres-?hoch\w*|mehrjahres-?hoch\w*|\d+-jährig\w*\s+(?:hoch|höchst)\w*/iu;
const RECORD_LOW =
  /(?:tiefste|niedrigste)[nmrs]?\s+jemals|(?:tiefsten?|niedrigsten?)\s+(?:stand|niveau|wert|kurs)\s+aller\s+zeiten|tiefsten?\s+(?:stand|niveau|wert|kurs)\s+(?:seiner|ihrer|der|in der)\s+geschichte|niedrigsten?\s+(?:stand|niveau|wert)\s+(?:seiner|ihrer|der)\s+geschichte|so\s+(?:tief|niedrig|billig)\s+(?:wie|(?:\p{L}+\s+){1,3})\s*(?:noch\s+)?nie\b|rekordtief\w*|allzeit-?tief\w*|tiefststand\w*|jahres-?tief\w*|mehrjahres-?tief\w*|\d+-jährig\w*\s+tief\w*/iu;

/**
 * The record the text calls this price right after it: "bei 16 357,55 Punkten und damit auf dem höchsten Stand
 * seiner Geschichte", "gehandelt und damit so hoch wie noch nie", "auf 1312,65 Dollar, so viel wie nie zuvor",
 * "3867 US-Dollar (3291,44 Euro) – ein Wert, den das Edelmetall noch nie erreicht hatte". Null when none.
 */
export function recordAfter(rightFull: string): FigureKind | null {
  const right = rightFull.replace(UNIT_AND_CHANGE_AHEAD, '');
  const lead = JUDGEMENT_LEAD.exec(right);
  if (!lead) return null;
  // Up to the clause end or the next number: "und damit rund 30 Prozent unter ihrem Jahreshoch" measures a
  // distance to the mark, it does not call this price the mark.
  const clause = right.slice(lead.index, 90).split(/[.;]|\d/u)[0] ?? '';
  if (NEAR_MARK.test(clause)) return null;
  // A low named first wins ("so tief wie nie"), else a high.
  if (RECORD_LOW.test(clause)) return 'low_52w';
  if (RECORD_HIGH.test(clause)) return 'high_52w';
  // A horizon may carry digits ("so niedrig wie seit Oktober 2006 nicht mehr"); no other number may come first.
  const sentenceRest = right.slice(lead.index, 120).split(/[.;]/u)[0] ?? '';
  const long = LONG_HIGH.exec(sentenceRest) ?? LONG_LOW.exec(sentenceRest);
  if (!long || /\d/u.test(sentenceRest.slice(0, long.index))) return null;
  // "… und erreichten damit ihren höchsten Stand seit 1977 bei 3,3545 US-Dollar": the mark is the figure it names.
  if (MARK_NAMES_NEXT.test(sentenceRest.slice(long.index + long[0].length))) return null;
  return LONG_LOW.test(long[0]) ? 'low_52w' : 'high_52w';
}

// Horizons of a year or more, also said as a date: "seit zwölf Jahren", "seit Oktober 2006", "zuletzt im
// November 2008", "seit dem Jahr 2001", "seit Herbst 2016"; and "des Jahres".
const YEARS =
  '(?:einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|anderthalb|eineinhalb|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)einhalb|\\d+(?:[.,]\\d+)?)';
// "seit etwas mehr als zwei Jahren": "etwas" may soften "mehr als" / "über".
// "seit 18 Monaten": twelve months or more are a year mark too (SHORT_HORIZON stops at eleven).
const SPAN = `(?:(?:etwa|rund|knapp|gut|fast|(?:etwas\\s+)?mehr als|(?:etwas\\s+)?über|mindestens)\\s+)?(?:${YEARS}\\s+(?:jahren?|jahrzehnten?)|(?:1[2-9]|[2-9]\\d|\\d{3})\\s+monaten)`;
const DATED =
  '(?:dem\\s+)?(?:jahre?\\s+)?(?:(?:anfang|mitte|ende|jahresende|jahresanfang|jahresbeginn|jahresmitte|herbst|frühjahr|frühling|sommer|winter|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\\s+)?(?:19|20)\\d{2}';
// "Tiefstand seit dem Börsengang", "höchster Stand seit seiner Einführung": a listing or a currency's launch is as far
// back as its marks go, so a record.
// "seit der Finanzkrise 2009": an event with its year dates the horizon; "Mitte der 1980er Jahre": a decade.
const EVENT_DATED = '(?:der|dem|den)\\s+[\\p{L}-]+\\s+(?:19|20)\\d{2}';
const DECADE = '(?:(?:anfang|mitte|ende)\\s+)?der\\s+(?:19|20)?\\d0er(?:\\s+jahre)?';
const HORIZON = `(?:seit\\s+(?:dem\\s+)?(?:börsengang|börsendebüt|ipo)\\b|seit\\s+(?:seiner|ihrer)\\s+(?:einführung|gründung)\\b|(?:seit|zuletzt(?:\\s+(?:im|am|vor|anfang|mitte|ende))?)\\s+(?:${SPAN}|${DATED}|${EVENT_DATED}|${DECADE})|(?:des|im)\\s+(?:laufenden\\s+)?jahr(?:es)?\\b)`;
/** The source of a horizon of a year or more ("seit zwölf Jahren", "zuletzt im August 2015"), for other mark readers. */
export const LONG_HORIZON_SOURCE = HORIZON;
const LONG_HIGH = new RegExp(
  `(?:höchst(?:e[nmrs]?)?\\s+(?:stand|niveau|wert|kurs|preis|schlus+stand)|\\bhoch|so\\s+(?:hoch|teuer|viel|stark)\\s+wie)\\s+${HORIZON}`,
  'iu',
);
const LONG_LOW = new RegExp(
  `(?:(?:tiefst|niedrigst)(?:e[nmrs]?)?\\s+(?:stand|niveau|wert|kurs|preis|schlus+stand)|\\btief(?:stand)?|so\\s+(?:tief|niedrig|billig|schwach|günstig|wenig)\\s+wie)\\s+${HORIZON}`,
  'iu',
);

// "auf einen 20-jährigen Tiefstand", "15-jähriges Hoch": the horizon said as an adjective of the mark.
const MULTI_YEAR_LOW = /(?<![\p{L}\d])(?:[2-9]|\d{2,})-jährig\w*\s+(?:tief|niedrigst)/iu;
const MULTI_YEAR_HIGH = /(?<![\p{L}\d])(?:[2-9]|\d{2,})-jährig\w*\s+(?:hoch|höchst)/iu;

/** The 52-week mark a high or low with a horizon of a year or more names in `text`, else null. */
export function longHorizonMark(text: string): FigureKind | null {
  if (LONG_LOW.test(text) || MULTI_YEAR_LOW.test(text)) return 'low_52w';
  return LONG_HIGH.test(text) || MULTI_YEAR_HIGH.test(text) ? 'high_52w' : null;
}

function lastClauseColon(text: string): number {
  let at = -1;
  // "…, nämlich auf 1,0327 US-Dollar" names what came before as a colon does.
  for (const m of text.matchAll(/:(?!\d)|,\s*nämlich(?![\p{L}])/giu)) at = m.index;
  return at;
}

/**
 * The mark named before a colon that the price after it states: "auf den höchsten Stand seit Herbst 2016:
 * Eine Feinunze kostete bis zu 19,70 US-Dollar", "Einen neuen Rekordwert erreichte …: Ein Euro kostete …".
 */
export function markBeforeColon(leftFull: string): FigureKind | null {
  // Not the colon of a time ("Um 17:35 Uhr wurde er mit 9893,81 Punkten berechnet").
  const colon = lastClauseColon(leftFull);
  if (colon < 0 || /[.;]/u.test(leftFull.slice(colon))) return null;
  const head = leftFull.slice(Math.max(0, colon - 90), colon);
  if (RECORD_LOW.test(head)) return 'low_52w';
  if (RECORD_HIGH.test(head)) return 'high_52w';
  return longHorizonMark(head);
}

// "Das Rekordhoch hatte die Notierung Ende August bei 342 Euro je Megawattstunde erreicht".
const REACHED_AFTER =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:erreicht|markiert|aufgestellt|verzeichnet)\b/iu;
const AT_BEFORE = /\b(?:bei|von|mit)\s*$/iu;

// "erreichte … bei 19 014,73 Punkten sein bisheriges Rekordhoch", "mit über 41.000 US-Dollar sein Allzeithoch":
// the record is the object right after the figure, owned by the subject.
const OWN_MARK_AFTER =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:sein|ihr)(?:e|en|em)?\s+(?:(?:bisherige|neue|jüngste|erste)[nsm]?\s+)?([\p{L}-]+)/iu;

// "bei 1,0072 Dollar das niedrigste Niveau seit Ende 2002 erreicht", "bei 227 Euro ein neues Zwischenhoch
// erreicht": a mark as the object between the figure and the verb of reaching.
const OBJECT_MARK_REACHED =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:ein|eine|einen|das|den|die)\s+([^,.;]{1,60}?)\s*(?:erreicht|markiert|aufgestellt|verzeichnet)(?![\p{L}])/iu;
// Highs and lows of a recent move: reached, they are the price, not a 52-week mark (LABELLING.md, heldout-11).
const RECENT_MOVE_MARK = /(?:zwischen|rally|bewegungs|verlaufs|reaktions|erholungs)(?:hoch|tief)/iu;

function objectMarkKind(phrase: string): FigureKind | null {
  if (RECORD_LOW.test(phrase)) return 'low_52w';
  if (RECORD_HIGH.test(phrase)) return 'high_52w';
  return longHorizonMark(phrase) ?? (RECENT_MOVE_MARK.test(phrase) ? 'quote' : null);
}

/** The record a clause names as its object when the figure stands "bei X … erreicht", else null. */
export function markReachedAt(
  leftLocal: string,
  rightLocal: string,
  rightFull = rightLocal,
): FigureKind | null {
  if (!AT_BEFORE.test(leftLocal)) return null;
  const own = OWN_MARK_AFTER.exec(rightLocal)?.[1] ?? '';
  if (RECORD_LOW.test(own)) return 'low_52w';
  if (RECORD_HIGH.test(own)) return 'high_52w';
  // Read on past a horizon's year ("seit Ende 2002" may be scanned as a number).
  const object = OBJECT_MARK_REACHED.exec(rightFull)?.[1];
  if (object) return objectMarkKind(object);
  if (!REACHED_AFTER.test(rightLocal)) return null;
  if (RECORD_LOW.test(leftLocal)) return 'low_52w';
  return RECORD_HIGH.test(leftLocal) ? 'high_52w' : null;
}

// "lag er mit 342 Euro fast genauso hoch": a price compared with a mark is a price.
const COMPARED_WITH_MARK =
  /^[^,.;]{0,30}?(?<![\p{L}])(?:genauso|ebenso|gleich|ähnlich|annähernd so|fast so|beinahe so)\s+(?:hoch|tief|niedrig|teuer|billig)\b/iu;

/** Whether the words after a price compare it with a mark ("fast genauso hoch") instead of naming one. */
export function isComparedWithMark(rightLocal: string): boolean {
  return COMPARED_WITH_MARK.test(rightLocal);
}

/** Whether a record phrase (or a bound first reached) is explicit enough that a day-session word does not make it the day's high. */
export function isExplicitRecord(text: string): boolean {
  // "den höchsten Stand aller Zeiten", "zum ersten Mal über 10 000 Punkten" say a record as "erstmals" does.
  return /geschichte|\bnie\b|rekord|allzeit|bestmarke|\berstmals\b|aller zeiten|zum ersten mal/iu.test(text);
}

// "auf den tiefsten Stand seit etwa fünf Monaten", "höchstes Niveau seit drei Wochen", "seit Juni": a short
// horizon makes a high or low the price reached, not a 52-week mark. Twelve months or more are not short.
const SHORT_HORIZON =
  /\bseit\s+(?:etwa\s+|rund\s+|knapp\s+|gut\s+|fast\s+|mehr als\s+|über\s+)?(?:(?:einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|[1-9]|1[01])\s+(?:tagen?|wochen?|monaten?)|(?:einem\s+)?halben\s+jahr(?:es)?\b|(?:anfang\s+|mitte\s+|ende\s+)?(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b(?!\s+\d{4}))/iu;

/** Whether the text around a high or low gives it a horizon shorter than a year. */
export function isShortHorizon(text: string): boolean {
  return SHORT_HORIZON.test(text);
}

// "hatte der Index … auf Rekordstand geschlossen; das Börsenbarometer hatte zum Handelsschluss bei 2967,65 Punkten
// gelegen": a close called a record earlier in the sentence makes the figure told as that close the record.
const RECORD_CLOSED =
  /\b(?:auf|mit)\s+(?:einem\s+)?(?:neuen\s+)?(?:rekord\p{L}*|allzeithoch|höchststand)\s+(?:geschlossen|beendet|aus dem handel gegangen)(?![\p{L}])/iu;
const TOLD_AS_CLOSE =
  /(?:handelsschluss|börsenschluss|schlusskurs|schlussstand|\bschloss)(?![\p{L}])[^.\d]*$/iu;

/** Whether the figure is the close the sentence called a record before it ("auf Rekordstand geschlossen; … zum Handelsschluss bei X"). */
export function isRecordCloseBefore(leftFull: string, leftLocal: string): boolean {
  return RECORD_CLOSED.test(leftFull) && TOLD_AS_CLOSE.test(leftLocal);
}

// "markierte mit einem Schlusskurs von nur noch 15,74 CHF ein frisches 52-Wochen-Tief": a new mark as the object
// right after the figure names it, against a quote word before it.
// "108,00 Euro sind ein neuer Tiefstand seit dem Börsengang": the figure called a new mark with a long horizon.
const CALLED_NEW_MARK =
  /^\s*(?:sind|ist|war|waren)\s+(?:ein|eine|einen)\s+(?:neue[rnsm]?|frische[rnsm]?)\s+([^,.;]{1,60})/iu;
const NEW_MARK_OBJECT =
  /^\s*(?:(?:je|pro|per)\s+[\p{L}-]+\s+)?(?:ein(?:en)?|das|den)\s+(?:neue[nsm]?|frische[nsm]?)\s+([\p{L}\d-]+)/iu;
// "schloss bei 5000,70 Punkten um 1,06 Prozent höher als seine bisherige Bestmarke": above the old record is a
// new record (below the old low a new low).
const BEYOND_RECORD =
  /^(?:[^,.;]|(?<=\d)[.,](?=\d)){0,40}?(?<![\p{L}])(höher|über|tiefer|niedriger|unter)\s+(?:als\s+)?(?:sein|ihr|de[mnr]|die|das)\w*\s+(?:(?:bisherig|alt|vorherig)\w*\s+)?([\p{L}-]+)/iu;
// "Mit 32,50 Dollar je Unze notiert das Edelmetall auf dem höchsten Stand seit Januar 2013": the figure's own
// clause places it on the mark (dative "auf dem", as in recordAfter).
// "Mit zwischenzeitlich 1585 Dollar pro Unze notiert das Edelmetall … auf dem höchsten Stand", and a move's end:
// "Mit einem Abschlag von 11,47 Prozent auf 104,20 Hongkong-Dollar fiel der Anteilsschein auf ein Rekordtief".
const WITH_LEAD =
  /(?<![\p{L}])(?:mit|auf)\s+(?:(?:rund|etwa|knapp|gut|über|fast|zwischenzeitlich|zeitweise|zeitweilig|zuletzt|nun)\s+)?$/iu;
// "mit 0,9544 US-Dollar erneut auf einen 20-jährigen Tiefstand": the indefinite "auf einen" names the mark as well,
// and so does the accusative "auf den" (LABELLING.md, decision of 2026-12-07).
const ON_MARK_IN_CLAUSE =
  /^[^,;–—]{0,60}?(?<![\p{L}])auf\s+(?:dem|den|einen|ein|einem)\s+(?:(?:neue[nsm]?|frische[nsm]?|historische[nsm]?)\s+)?((?:höchst|tiefst|niedrigst|\d+-jährig|rekord|allzeit|[\p{L}\d]+-?jahres-?(?:hoch|tief))[^,;]{0,60})/iu;

// "Der Kurs von 83 Yen pro Dollar sei der höchste, der in den letzten fünfzehn Jahren erreicht wurde": the price
// called the highest (lowest) of a span of years.
const CALLED_SUPERLATIVE =
  /^[^,.;\d]{0,30}?(?<![\p{L}])(?:sei|ist|war|wäre)\s+(?:der|die|das)\s+(höchste|tiefste|niedrigste)[nrs]?(?![\p{L}])([^.;]{0,60})/iu;
const LAST_YEARS = new RegExp(
  `(?<![\\p{L}])(?:in\\s+den\\s+(?:letzten|vergangenen)\\s+${SPAN}|${HORIZON})`,
  'iu',
);

function recordWordKind(word: string): FigureKind | null {
  if (RECORD_LOW.test(word) || /52-?wochen-?tief/iu.test(word)) return 'low_52w';
  if (RECORD_HIGH.test(word) || /52-?wochen-?hoch/iu.test(word)) return 'high_52w';
  return null;
}

/** The record the words after a figure name it ("X ein frisches 52-Wochen-Tief", "X höher als seine Bestmarke"). */
export function markNamedAfter(leftLocal: string, rightFull: string): FigureKind | null {
  const calledNew = CALLED_NEW_MARK.exec(rightFull)?.[1];
  if (calledNew) {
    const kind = recordWordKind(calledNew.split(/\s/u)[0] ?? '') ?? longHorizonMark(calledNew);
    if (kind) return kind;
  }
  const object = NEW_MARK_OBJECT.exec(rightFull);
  if (object) return recordWordKind(object[1] ?? '');
  const beyond = BEYOND_RECORD.exec(rightFull);
  if (beyond) {
    const kind = recordWordKind(beyond[2] ?? '');
    const up = /^(?:höher|über)$/iu.test(beyond[1] ?? '');
    if ((kind === 'high_52w' && up) || (kind === 'low_52w' && !up)) return kind;
  }
  const called = CALLED_SUPERLATIVE.exec(rightFull);
  if (called && LAST_YEARS.test(called[2] ?? ''))
    return /^h/iu.test(called[1] ?? '') ? 'high_52w' : 'low_52w';
  if (!WITH_LEAD.test(leftLocal)) return null;
  const on = ON_MARK_IN_CLAUSE.exec(rightFull)?.[1] ?? '';
  return on ? (recordWordKind(on) ?? longHorizonMark(on)) : null;
}

// "seine bisherige Bestmarke vom 9. Juli 2007 (Schlusskurs) von 4981,87 Punkten": a bracketed basis note says on which
// price the mark was measured, it does not make the mark's value a quote.
const MARK_WITH_NOTE =
  /(?<![\p{L}])([\p{L}-]+)\s+(?:vom|von|am|im)\s+[^,;()]{0,30}\((?:schlusskurs|schlussstand|schlusskursbasis|auf schlusskursbasis|intraday|intraday-basis)\)\s*(?:von|bei|mit)\s+(?:(?:rund|etwa|knapp|gut)\s+)?$/iu;

/** The record kind of a mark named before a bracketed basis note ("Bestmarke vom … (Schlusskurs) von X"), else null. */
export function markWithBasisNote(leftFull: string): FigureKind | null {
  const word = MARK_WITH_NOTE.exec(leftFull.slice(-90))?.[1] ?? '';
  return word ? recordWordKind(word) : null;
}

// "ist erstmals seit Ende 2021 auf mehr als 53 000 US-Dollar gestiegen", "brach zum ersten Mal seit September 2013 auf
// 1.687 Pfund pro Tonne zusammen", "fällt zum ersten Mal seit 2016 unter 20.000": a price first reached again after a
// year or more is a multi-year high or low.
const FIRST_SINCE_LONG = new RegExp(`(?<![\\p{L}])(?:erstmals|zum\\s+ersten\\s+mal)\\s+${HORIZON}`, 'iu');
const TO_OR_BOUND_BEFORE =
  /(?<![\p{L}])(?:auf|bis auf|über|unter)\s+(?:(?:zeitweise|zwischenzeitlich|knapp|rund|etwa|gut)\s+)?$/iu;
const FALL_WORD =
  /(?<![\p{L}])(?:fiel\p{L}*|fällt|fallen|gefallen|sank\p{L}*|sinkt|gesunken|rutscht\p{L}*|gerutscht|sackte\p{L}*|brach\p{L}*|bricht|zusammen|unter|weniger als|tiefer|billiger)(?![\p{L}])/iu;

function clauseBefore(leftFull: string): string {
  return leftFull.split(/,\s|;|:\s/u).at(-1) ?? leftFull;
}

function saysFirstSinceLong(clause: string): boolean {
  return FIRST_SINCE_LONG.test(clause) && !isShortHorizon(clause);
}

/** Whether the figure's clause says it was first reached again after a year or more ("erstmals seit 2016"). */
export function isFirstSinceLong(leftFull: string): boolean {
  return saysFirstSinceLong(clauseBefore(leftFull));
}

/** The multi-year mark a move's end first reached again after a year or more is, by the move's direction, else null. */
export function firstSinceLongMark(
  leftFull: string,
  leftLocal: string,
  rightLocal: string,
): FigureKind | null {
  if (!TO_OR_BOUND_BEFORE.test(leftLocal)) return null;
  const clause = clauseBefore(leftFull);
  if (!saysFirstSinceLong(clause)) return null;
  return FALL_WORD.test(`${clause.slice(-80)} ${rightLocal.split(/[,;.]/u)[0] ?? ''}`)
    ? 'low_52w'
    : 'high_52w';
}
