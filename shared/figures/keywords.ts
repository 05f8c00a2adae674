/** Context cues the classifier looks for around a figure; every pattern is global and case-insensitive. */
export type Cue =
  | 'target'
  | 'fair_value'
  | 'high_52w'
  | 'low_52w'
  | 'level'
  | 'quote'
  | 'amount'
  | 'upside'
  | 'subject_price'
  | 'subject_business'
  | 'subject_other'
  | 'move_verb'
  | 'down';

// The rest of a cue word. Not [\p{L}\p{N}-]: under the 'iu' flags V8 case-folds the whole letter class at every
// one of its hundreds of uses, which made the first article's figures cost ~400 ms and every later one ~4×
// more. German and English cue words continue only in these letters (same figures on every corpus and seed).
const W = '[a-z0-9äöüßàáâãåæçèéêëìíîïñòóôõøùúûýÿœ-]*';

// Month names for highs and lows of a month ("Oktober-Hoch", "Hoch im Oktober"): a horizon under a year.
const MONTHS = 'januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember';

function cue(source: string): RegExp {
  return new RegExp(source, 'giu');
}

/** Strong cues that decide the kind of a money or points figure on their own. */
export const PRICE_CUES: readonly [Cue, RegExp][] = [
  [
    'target',
    cue(
      `kursziel${W}|zielkurs${W}|preisziel${W}|monatsziel${W}|zielmarke${W}|(?:kurs|preis)erwartung${W}|potenzial[^.;]{0,12}\\b(?:bis|auf)\\b|potential[^.;]{0,12}\\b(?:bis|auf)\\b|\\bziel(?:wert)?\\b|jahresendziel|jahresende|prognose${W}|prophezei${W}|vorhergesagt|vorhersag${W}|vorausgesagt|voraussag${W}|\\btrau(?:t|en|ten)\\b|zutrauen|\\bsch[äa]tz(?:t|en|te|ten)\\b|\\btaxier${W}|price targets?|target price|\\btargets?\\b|\\bpt\\b|\\bkonsens${W}|\\bconsensus\\b`,
    ),
  ],
  [
    'fair_value',
    cue(
      `fair${W}\\s+(?:wert|preis)${W}|fair[- ]value${W}|inner${W}\\s+wert${W}|angemessen${W}\\s+wert${W}|(?<!buch)wert je aktie`,
    ),
  ],
  [
    'high_52w',
    cue(
      `52-?\\s?wochen-?\\s?hoch${W}|(?:1[2-9]|[2-9]\\d|\\d{3})-monats-hoch${W}|jahres-(?:hoch|höchst)${W}|vorjahres(?:hoch|höchst)${W}|vorjährig${W}\\s+(?:höchst|hoch)${W}|52-week high|jahreshoch${W}|mehrjahreshoch${W}|rekordhoch${W}|allzeit-?hoch${W}|rekordstand${W}|rekordniveau${W}|höchststand${W}|all-time high|record high|\\bhoch seit\\b|(?<!(?:wochen|monats|tages|${MONTHS})-)\\bhoch\\s+(?:bei|von|im)\\b|\\d+-jährig${W}\\s+(?:hoch|höchst)${W}|höchsten\\s+(?:stand|niveau|kurs|wert)${W}|höchststand${W}|\\brekord(?:e|hoch|hochs|stand|stände|niveau|marke|höhen?|werte?|preis\\w*|kurs\\w*)?\\b|bestmarke${W}|höchstmarke${W}|bisherig${W}\\s+spitzen(?:wert|kurs|stand)${W}|dax-rekord${W}|so (?:hoch|viel) wie (?:noch )?nie`,
    ),
  ],
  [
    'low_52w',
    cue(
      `52-?\\s?wochen-?\\s?tief${W}|(?:1[2-9]|[2-9]\\d|\\d{3})-monats-tief${W}|jahres-(?:tief|tiefst)${W}|vorjahres(?:tief|tiefst)${W}|vorjährig${W}\\s+(?:tiefst|tief)${W}|52-week low|jahrestief${W}|mehrjahrestief${W}|rekordtief${W}|allzeit-?tief${W}|tiefststand${W}|all-time low|record low|\\btief seit\\b|(?<!(?:wochen|monats|tages|${MONTHS})-)\\btief\\s+(?:bei|von|im)\\b|\\d+-jährig${W}\\s+(?:tief|tiefst)${W}|tiefsten\\s+(?:stand|niveau|kurs|wert)${W}|niedrigsten\\s+(?:stand|niveau|kurs|wert)${W}|tiefstmarke${W}`,
    ),
  ],
  [
    'level',
    cue(
      // "Baissetrend … (aktuell bei 1,4154 USD)": a trend line is a chart level like "Aufwärtstrend".
      `marke\\b|schwelle\\b|(?<![\\p{L}])grenze\\b|(?<!ziel|preis)spanne\\b|handelsspanne|seitwärts${W}|unterstützung${W}|widerstand${W}|widerstände${W}|hürde${W}|haltelinie|linie\\b|tage-durchschnitt|\\d+-tages-?durchschnitt${W}|durchschnittsschlusskurs${W}|gleitende[nrs]?\\s+durchschnitt${W}|\\bgap\\b|\\bim bereich\\b|\\bgd\\s?\\d+|\\bstopp?\\b|stopp?-?(?:loss|kurs|marke)${W}|\\bsupport\\b|\\bresistance\\b|zwischenhoch${W}|zwischentief${W}|\\bausbruch${W}(?!\\s+bis\\s+auf\\b)|formation${W}|doppel-?(?:top|boden|tief|hoch)${W}|\\b(?:unter|über)\\s+(?:das|dem|den)\\s+(?:tief|hoch)s?\\s+vom\\b|\\bbereich\\s+(?:um|von|bei)|(?<!ziel)zone\\b|meilenstein${W}|\\bauf der (?:unter|ober)seite\\b|glättung${W}|tages-?linie${W}|tagelinie${W}|\\bdeckel\\b|\\bboden\\b|chartmarke${W}|\\blevel\\b|lücke${W}|(?:halte|wende|unterstützungs|widerstands)bereich${W}|trendlinie${W}|(?:abwärts|aufwärts|baisse|hausse)trend${W}|handelstage\\s+(?:bei|um)\\b|begrenzung${W}|kanal\\b|kanals\\b`,
    ),
  ],
  // Highs of a recent move ("Rallyhoch", "Bewegungshoch"), "im Tief" and a period's "Tiefstwert" / "Höchstkurs"
  // without a horizon are prices reached, not 52-week marks (a record word or long horizon still wins).
  // So are a month's high ("Oktober-Hoch", "Hoch im Oktober"), the day's peak ("in der Spitze"), the price
  // list ("auf dem Kurszettel"), where a share holds ("hält derzeit bei 33,7 Euro") and a pre-market or broker
  // indication ("die vorbörsliche Indikation … bei rund 3,40 Euro").
  [
    'quote',
    cue(
      `\\bschl(?:oss|ossen|ießt|ießen|ussendlich)\\b|schlusskurs${W}|schlussstand${W}|schlusswert${W}|schlussnotierung${W}|(?:vortages|vortags|wochen|montag|dienstag|mittwoch|donnerstag|freitag)-?schluss${W}|\\bgestartet\\b|\\bstartete${W}|\\bnotier${W}|\\b(?:ge)?koste(?:t|te|ten)\\b|\\bgehandelt\\b|\\bhandel(?:t|te|ten)\\b\\s+(?:bei|zu|um)|aus dem handel|\\beröffnete${W}|eröffnungskurs|opened at|\\bbeende(?:te|ten|t)\\b|kurs\\b|kurse\\b|kurses\\b|\\bstand\\s+(?:bei|zuletzt)|\\bsteht\\s+bei|closed at|\\bcloses at|\\bclose of\\b|trades at|trading at|traded at|\\btrade[sd]?\\s+(?:near|around|at)\\b|trading\\s+(?:near|around)\\b|\\bat\\s+(?:a\\s+)?(?:price|level) of\\b|\\bshare price\\b|stock price|tages(?:hoch|tief)${W}|(?:(?<!52-)wochen|(?<!(?:1[2-9]|[2-9]\\d|\\d{3})-)monats)-?(?:hoch|tief)${W}|handels(?:beginn|start|schluss)|handels+ende|startglocke|schlussglocke|kurstafel|durchschnittspreis${W}|platzierungspreis${W}|ausgabepreis${W}|bezugspreis${W}|emissionspreis${W}|\\bplatzier${W}|(?:rally|bewegungs|verlaufs|reaktions|erholungs)(?:hoch|tief)${W}|\\bim\\s+(?:tief|hoch)\\b|(?:höchst|tiefst)(?:kurs|wert)${W}|kurszettel${W}|indikation${W}|\\bin der spitze\\b|\\bh(?:ält|ielt)\\s+(?:sich\\s+)?(?:(?:derzeit|aktuell|zuletzt|noch|nun|jetzt)\\s+)?bei\\b|(?:${MONTHS})-?(?:hoch|tief)${W}|\\b(?:hoch|tief)\\s+im\\s+(?:${MONTHS})\\b(?!\\s+\\d)`,
    ),
  ],
  // A price moving back ("auf 7270 Dollar zurückgebildet") is no repayment ("zurück"); a spread to another price
  // ("Der Abschlag zu Gold beträgt 440 US-Dollar") is an amount (not "mit einem Abschlag von 2 % bei X": a move).
  [
    'amount',
    cue(
      `dividende${W}|ausschüttung${W}|umsatz${W}|umsätze${W}|erlös${W}|(?<!kurs)gewinn(?!er|en\\b|t\\b|st\\b)${W}|ergebnis${W}|verlust${W}|\\bebit${W}|ebitda|(?<!wert\\s|preis\\s)\\bje aktie|(?<!wert\\s|preis\\s)\\bpro aktie|per share|kosten|investi${W}|budget${W}|kapital${W}|einsparung${W}|marktwert${W}|marktkapitalisierung|börsenwert|kaufpreis|preisspanne${W}|bookbuilding${W}|übernahme${W}|angebot${W}|\\bzahl(?:t|te|ten|en|ung${W})\\b|buchwert${W}|prämie${W}|bonus|gutschrift|gebühr${W}|rabatt${W}|strafe${W}|schulden|rückkauf${W}|zurück(?!ge(?:bildet|fallen|gangen|setzt|kommen)|bild|fiel|fall|ging|geh|setz|\\s+auf\\b)|ausgaben|\\b(?:ab|auf)schlag\\s+(?:zu|zum|zur|gegenüber)\\b|emission${W}|anleihe${W}|\\beps\\b|revenue|\\bsales\\b|earnings|profit|dividend|buyback|\\bbewertet\\b|volumen|auftrag${W}|gehalt${W}|vergütung${W}`,
    ),
  ],
];

/** Cues that tell what a percentage qualifies. */
export const PERCENT_CUES: readonly [Cue, RegExp][] = [
  [
    'upside',
    cue(
      `aufwärtspotenzial${W}|aufwärtspotential${W}|abwärtspotenzial${W}|abwärtspotential${W}|kurspotenzial${W}|kurspotential${W}|wachstumspotenzial${W}|rückschlagpotenzial${W}|korrekturpotenzial${W}|\\bpotenzial${W}|\\bpotential\\b|luft nach oben|\\bupside\\b|\\bdownside\\b|abwärtsrisiko${W}|aufwärtschance${W}`,
    ),
  ],
  [
    'subject_business',
    cue(
      `umsatz${W}|umsätze${W}|erlös${W}|(?<!kurs)gewinn${W}|ergebnis${W}|ebit${W}|absatz${W}|auftragseingang|einnahmen|ausgaben|dividende${W}|nutzer${W}|kunden${W}|\\bsparte${W}|segment${W}|wachstum${W}|\\bwuchs${W}|\\bwachsen\\b|gewachsen|wächst|zahl der|cashflow|revenue|\\bsales\\b|earnings|profit|income|\\bgrew\\b|growth|year-over-year|gegenüber dem vorjahr|im jahresvergleich|\\bvorjahr${W}|mitarbeiter${W}|stellen|belegschaft`,
    ),
  ],
  [
    'subject_other',
    cue(
      `anteil${W}|beteiligung${W}|\\bposition${W}|aktienposition|\\bstake\\b|marge${W}|margin|rendite${W}|\\bquote\\b|quoten?\\b|rate\\b|\\bzins${W}|leitzins|inflation${W}|arbeitslos${W}|stimmrecht${W}|zustimmung|mehrheit|wahrscheinlichkeit|\\bhält\\b|\\bhalten\\b|\\bhielt\\b|\\bbesitzt\\b|\\bkgv\\b|steuer${W}`,
    ),
  ],
  [
    'subject_price',
    cue(
      `\\baktien?\\b|-aktien?\\b|\\bpapier${W}|\\btitel\\b|\\bkurs(?!ziel)${W}|kurs\\b|\\banteilsschein${W}|\\bindex\\b|leitindex|\\b[ms]?dax\\b|tecdax|dow\\b|nasdaq|s&p|stoxx|nikkei|hang seng|\\bftse\\b|\\bsmi\\b|\\bgold\\b|goldpreis|ölpreis|\\bbrent\\b|\\bwti\\b|bitcoin|\\bshares?\\b|\\bstock\\b|\\bytd\\b|seit jahres(?:anfang|beginn)|year to date|performance|börse${W}|\\bplus\\b|\\bminus\\b|kursgewinn${W}|kursverlust${W}|kurssprung|kursrutsch|\\bnotier${W}|\\bschloss\\b`,
    ),
  ],
  [
    'move_verb',
    cue(
      `\\blegte${W}|\\blegen\\b|zugelegt|\\bstieg${W}|gestiegen|\\bsteigt\\b|\\bsteigen\\b|\\bfällt\\b|\\bsinkt\\b|\\bgewann${W}|gewonnen|\\bverlor${W}|verloren|\\bfiel${W}|gefallen|\\bsank${W}|gesunken|\\bgab(?:en)?\\b|nachgegeben|rutscht${W}|sackte${W}|klettert${W}|verteuert${W}|verbillig${W}|büßte${W}|\\bbrach${W}|\\bzog${W}|verbessert${W}|verschlechtert${W}|ermäßigt${W}|höher|tiefer|fester|leichter|schwächer|\\brose\\b|\\bfell\\b|gained|jumped|\\bup\\b|\\bdown\\b|dropped|declined|\\blost\\b|slid|slipped|surged|climbed|tumbled|plunged|rallied|advanced|\\banstieg\\b|\\brückgang\\b|\\berholung\\b|\\brall(?:y|ye)\\b|\\bhinunter\\b|\\bhinauf\\b|\\bnach (?:unten|oben)\\b`,
    ),
  ],
];

/** Words that make a move or a stated potential negative. */
export const DOWN_CUE = cue(
  `\\bfiel${W}|gefallen|\\bsank${W}|gesunken|\\bverlor${W}|verloren|verbillig${W}|rutscht${W}|sackte${W}|büßte${W}|brach${W}\\s+ein|eingebrochen|\\bgab(?:en)?\\b[^;]{0,80}?\\bnach\\b|nachgegeben|tiefer|leichter|schwächer|niedriger|\\bminus\\b|rückgang|abschlag|einbruch|abwärts${W}|rückschlag${W}|korrekturpotenzial|\\bdown\\b|\\bfell\\b|dropped|declined|\\blost\\b|\\bslid\\b|slipped|lower|tumbled|plunged|\\bsank\\b|downside|verringert${W}|reduziert${W}|geschrumpft|schrumpf${W}`,
);

/** Names of indexes: a bare number after "bei"/"auf" in their sentence is in points. */
export const INDEX_NAME = cue(
  `\\b[ms]?dax\\b|tecdax|dow jones|\\bdow\\b|nasdaq|s&p|stoxx|nikkei|hang seng|\\bcsi\\b|\\bftse\\b|\\bcac\\b|\\bsmi\\b|\\batx\\b|leitindex|\\bindex\\b`,
);

/** A currency pair written as codes: EUR/USD. */
export const CURRENCY_PAIR = /\b(EUR|USD|GBP|CHF|JPY|CNY|HKD)\s?\/\s?(EUR|USD|GBP|CHF|JPY|CNY|HKD)\b/u;

/** A consensus phrase: the figure is an average of analysts. */
export const CONSENSUS_CUE = cue(
  `im durchschnitt|durchschnittlich${W}|im schnitt|\\bkonsens${W}|consensus|\\baverage\\b|mittleres kursziel|median`,
);

/** The nearest cue in `segment`: nearest to its end when `fromEnd`, else nearest to its start. */
export function nearestCue(
  segment: string,
  cues: readonly [Cue, RegExp][],
  fromEnd: boolean,
): { cue: Cue; distance: number } | null {
  let best: { cue: Cue; distance: number } | null = null;
  for (const [name, pattern] of cues) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(segment)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const distance = fromEnd ? segment.length - (match.index + match[0].length) : match.index;
      if (best === null || distance < best.distance) best = { cue: name, distance };
      if (!fromEnd) break;
    }
  }
  return best;
}

/** Whether any of the given cue patterns occurs in `segment`. */
export function hasCue(segment: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  return pattern.test(segment);
}
