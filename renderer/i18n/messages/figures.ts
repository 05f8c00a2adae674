/** Strings of the figure marks in the reader, the suggestion popover and the narrative checks. */
export const figureMessages = {
  'figures.kind.quote': { de: 'Kurs', en: 'Quote' },
  'figures.kind.target': { de: 'Kursziel', en: 'Price target' },
  'figures.kind.fair_value': { de: 'Fairer Wert', en: 'Fair value' },
  'figures.kind.high_52w': { de: '52-Wochen-Hoch', en: '52-week high' },
  'figures.kind.low_52w': { de: '52-Wochen-Tief', en: '52-week low' },
  'figures.kind.level': { de: 'Kursmarke', en: 'Price level' },
  'figures.mark.label': { de: 'Zahl {surface}: {kind}', en: 'Figure {surface}: {kind}' },
  'figures.list.label': {
    de: 'Erkannte Kurszahlen im Text ({count})',
    en: 'Price figures recognised in the text ({count})',
  },
  'figures.list.pinned': { de: 'im Chart', en: 'on the chart' },
  'figures.list.showOnChart': { de: 'Zeigt die Kursmarke im Chart', en: 'Shows the level on the chart' },
  'figures.popover.title': { de: 'Erkannte Zahl', en: 'Recognised figure' },
  'figures.popover.hint': {
    de: 'Ein Vorschlag: Er erscheint erst im Chart, wenn Sie ihn übernehmen.',
    en: 'A suggestion: it appears on the chart only once you pin it.',
  },
  'figures.popover.value': { de: 'Wert', en: 'Value' },
  'figures.popover.valueHigh': { de: 'bis (Spanne)', en: 'to (range)' },
  'figures.popover.kind': { de: 'Art', en: 'Kind' },
  'figures.popover.currency': { de: 'Währung', en: 'Currency' },
  'figures.popover.date': { de: 'Datum', en: 'Date' },
  'figures.popover.dateUnknown': { de: 'kein Datum erkannt', en: 'no date recognised' },
  'figures.popover.pin': { de: 'Als Kursmarke übernehmen', en: 'Pin to chart' },
  'figures.popover.close': { de: 'Schließen', en: 'Close' },
  'figures.error.value': {
    de: 'Bitte einen Wert größer als null eingeben (z. B. 205 oder 155,74).',
    en: 'Please enter a value above zero (e.g. 205 or 155.74).',
  },
  'figures.error.valueHigh': {
    de: 'Das Spannen-Ende muss über dem Wert liegen oder leer sein.',
    en: 'The end of the range must be above the value, or empty.',
  },
  'figures.error.date': {
    de: 'Ein Kurs braucht ein gültiges Datum (JJJJ-MM-TT).',
    en: 'A quote needs a valid date (YYYY-MM-DD).',
  },
  'figures.error.unavailable': {
    de: 'Übernehmen ist gerade nicht möglich: Die Notizen sind noch nicht geladen.',
    en: 'Cannot pin right now: the notes are not loaded yet.',
  },
  'figures.pinned': { de: 'Im Chart: {kind} {value}', en: 'On the chart: {kind} {value}' },

  'checks.title': { de: 'Prüfungen', en: 'Checks' },
  'checks.open': { de: 'Prüfungen anzeigen', en: 'Show checks' },
  'checks.close': { de: 'Schließen', en: 'Close' },
  'checks.pending': { de: 'Prüfungen laufen …', en: 'Checks running …' },
  'checks.summary': { de: '{count} Prüfungen: {conflicts}', en: '{count} checks: {conflicts}' },
  'checks.conflicts.none': { de: 'kein Widerspruch', en: 'no conflict' },
  'checks.conflicts.one': { de: '1 Widerspruch', en: '1 conflict' },
  'checks.conflicts.other': { de: '{count} Widersprüche', en: '{count} conflicts' },
  'checks.empty': {
    de: 'Keine Prüfungen: Die Artikel nennen keine vergleichbaren Zahlen.',
    en: 'No checks: the articles state no figures to compare.',
  },
  'checks.intro': {
    de: 'Was die Artikel über Kursziele und Beträge sagen, nachgerechnet und verglichen.',
    en: 'What the articles say about targets and amounts, recomputed and compared.',
  },
  'checks.verdict.consistent': { de: 'Stimmig', en: 'Consistent' },
  'checks.verdict.conflict': { de: 'Widerspruch', en: 'Conflict' },
  'checks.verdict.open': { de: 'Offen', en: 'Open' },
  'checks.verdict.overview': { de: 'Überblick', en: 'Overview' },
  'checks.goTo': { de: 'Zur Textstelle „{surface}“', en: 'Go to passage “{surface}”' },
  'checks.undated': { de: 'ohne Datum', en: 'undated' },
  'checks.statedMove.heading': {
    de: '{kind} {target} und genanntes Potenzial „{stated}“',
    en: '{kind} {target} and stated move “{stated}”',
  },
  'checks.statedMove.computed': {
    de: 'Vom Schlusskurs {quote} ({date}) aus sind es {move}; genannt sind {low} bis {high}.',
    en: 'From the close {quote} ({date}) the move is {move}; the article states {low} to {high}.',
  },
  'checks.statedMove.consistent': {
    de: 'Das passt zusammen.',
    en: 'That fits.',
  },
  'checks.statedMove.assumed': {
    de: 'Der Artikel muss einen Kurs von etwa {base} angenommen haben ({low} bis {high}).',
    en: 'The article must have assumed a price of about {base} ({low} to {high}).',
  },
  'checks.statedMove.assumedMatch': {
    de: 'Das passt zu „{surface}“ ({kind}).',
    en: 'That matches “{surface}” ({kind}).',
  },
  'checks.statedMove.otherReference': {
    de: 'Dieser Schlusskurs ist jünger als der Artikel ({published}): Der Artikel rechnete mit einem anderen Bezugskurs.',
    en: 'That close is later than the article ({published}): the article used another reference price.',
  },
  'checks.statedMove.noQuote': {
    de: 'Kein Schlusskurs in {currency} bekannt: nichts nachzurechnen.',
    en: 'No close in {currency} known: nothing to recompute.',
  },
  'checks.same.headingConflict': {
    de: 'Derselbe Betrag, verschieden angegeben ({spread} Abstand)',
    en: 'The same amount, stated differently ({spread} apart)',
  },
  'checks.same.headingConsistent': {
    de: 'Derselbe Betrag, gleich angegeben',
    en: 'The same amount, stated alike',
  },
  'checks.same.atLeast': { de: 'über {value}', en: 'over {value}' },
  'checks.same.atMost': { de: 'höchstens {value}', en: 'at most {value}' },
  'checks.same.conflict': { de: '{a} gegen {b}', en: '{a} versus {b}' },
  'checks.same.boundMet': {
    de: '„{surface}“ ist eine Grenze und passt zu den genauen Angaben.',
    en: '“{surface}” is a bound and fits the exact statements.',
  },
  'checks.consensus.heading': {
    de: 'Kursziel-Konsens aus {count} bestätigten Kurszielen',
    en: 'Target consensus of {count} confirmed targets',
  },
  'checks.consensus.range': {
    de: 'Niedrigstes {lowest}, höchstes {highest}, Mittelwert {mean}',
    en: 'Lowest {lowest}, highest {highest}, mean {mean}',
  },
  'checks.consensus.moves': {
    de: 'Vom Schlusskurs {quote} ({date}): bis zum niedrigsten {toLowest}, zum höchsten {toHighest}, zum Mittel {toMean}',
    en: 'From the close {quote} ({date}): to the lowest {toLowest}, to the highest {toHighest}, to the mean {toMean}',
  },
  'checks.consensus.noQuote': {
    de: 'Kein Schlusskurs in {currency} bekannt: kein Potenzial berechnet.',
    en: 'No close in {currency} known: no implied move computed.',
  },
} as const;
