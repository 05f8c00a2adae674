/** Strings of the chart pane, its level lines, tooltip and level legend. */
export const chartMessages = {
  'chart.title': { de: 'Kurs und Kursziele', en: 'Price and targets' },
  'chart.canvasLabel': {
    de: 'Kurschart mit Kursmarken (dieselben Angaben stehen als Liste darunter)',
    en: 'Price chart with price levels (the same figures are listed below)',
  },
  'chart.legend.title': { de: 'Kursmarken', en: 'Price levels' },
  'chart.legend.otherListings': { de: 'Andere Börsenplätze', en: 'Other listings' },
  'chart.legend.empty': {
    de: 'Noch keine Kursmarken: Die Artikel nennen keine Kurse oder Kursziele.',
    en: 'No price levels yet: the articles state no prices or targets.',
  },
  'chart.legend.basis': {
    de: 'Bezug: Schlusskurs {price} vom {date} ({source})',
    en: 'Basis: close {price} on {date} ({source})',
  },
  'chart.legend.imported': {
    de: 'Kursverlauf (Linie): {file}, {count} Schlusskurse vom {from} bis {to}',
    en: 'Price history (line): {file}, {count} closes from {from} to {to}',
  },
  'chart.legend.noBasis': {
    de: 'Kein Schlusskurs bekannt: keine Kurspotenziale berechnet.',
    en: 'No close known: no implied moves computed.',
  },
  'chart.legend.band': {
    de: 'Kursziel-Spanne der Analysten: {low} – {high}',
    en: 'Analyst target band: {low} – {high}',
  },
  'chart.legend.listing': {
    de: 'Börsenplatz {listing}, in {currency}',
    en: 'Listing {listing}, in {currency}',
  },
  'chart.legend.noMove': { de: 'kein Vergleich mit US-Dollar', en: 'not compared with USD' },
  'chart.legend.move': { de: '{move} ggü. Schluss', en: '{move} vs. close' },
  'chart.legend.asOf': { de: 'Schluss am {date}', en: 'close on {date}' },
  'chart.fromArticle': { de: 'aus Artikel', en: 'from article' },
  'chart.fromImport': { de: 'Import: {file}', en: 'Import: {file}' },
  'chart.source': { de: 'Quelle ({date}): {title}', en: 'Source ({date}): {title}' },
  'chart.undated': { de: 'ohne Datum', en: 'undated' },
  'chart.goToPassage': { de: 'Zur Textstelle', en: 'Go to passage' },
  'chart.goToPassageFor': { de: 'Zur Textstelle: {level}', en: 'Go to passage: {level}' },
  'chart.close': { de: 'Schließen', en: 'Close' },
  'chart.tooltip.label': { de: 'Quelle der Kursmarke {level}', en: 'Source of the price level {level}' },
  'chart.tooltip.missing': {
    de: 'Die Textstelle ist im Artikel nicht mehr zu finden: „{exact}“',
    en: 'The passage is no longer in the article: “{exact}”',
  },
  'chart.tooltip.unknownArticle': { de: 'Artikel nicht in der Bibliothek', en: 'Article not in the library' },
  'chart.marker.article': { de: 'Schlusskurs', en: 'Close' },
  'chart.marker.selected': { de: 'Dieser Artikel · {date}', en: 'This article · {date}' },
  'chart.kind.quote': { de: 'Schlusskurs', en: 'Close' },
  'chart.kind.target': { de: 'Kursziel Ø', en: 'Target avg' },
  'chart.kind.fair_value': { de: 'Fairer Wert', en: 'Fair value' },
  'chart.kind.high_52w': { de: '52-Wochen-Hoch', en: '52-week high' },
  'chart.kind.low_52w': { de: '52-Wochen-Tief', en: '52-week low' },
  'chart.kind.level': { de: 'Marke', en: 'Price mark' },
} as const;
