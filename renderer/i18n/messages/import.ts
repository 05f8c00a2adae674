/** Strings of the file import: buttons, progress, the report, the CSV preview, and every rejection reason. */
export const importMessages = {
  'import.button': { de: 'Importieren…', en: 'Import…' },
  'import.button.label': { de: 'Dateien importieren…', en: 'Import files…' },
  'import.drop': { de: 'Dateien hier ablegen, um sie zu importieren', en: 'Drop files here to import them' },
  'import.progress.label': { de: 'Import läuft', en: 'Import in progress' },
  'import.progress.text': {
    de: 'Datei {done} von {total}: {fileName}',
    en: 'File {done} of {total}: {fileName}',
  },
  'import.progress.reading': { de: '{total} Dateien werden gelesen …', en: 'Reading {total} files …' },
  'import.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'import.report.title': { de: 'Importbericht', en: 'Import report' },
  'import.report.summary': {
    de: '{imported} importiert, {updated} aktualisiert, {duplicate} Duplikate, {rejected} abgelehnt',
    en: '{imported} imported, {updated} updated, {duplicate} duplicates, {rejected} rejected',
  },
  'import.report.files': { de: 'Dateien', en: 'Files' },
  'import.report.close': { de: 'Schließen', en: 'Close' },
  'import.status.imported': { de: 'Importiert', en: 'Imported' },
  'import.status.duplicate': { de: 'Duplikat', en: 'Duplicate' },
  'import.status.updated': { de: 'Aktualisiert', en: 'Updated' },
  'import.status.rejected': { de: 'Abgelehnt', en: 'Rejected' },
  'import.status.series-imported': { de: 'Kursreihe importiert', en: 'Price history imported' },
  'import.status.series-pending': {
    de: 'Kursreihe wartet auf Bestätigung',
    en: 'Price history awaiting confirmation',
  },
  'import.status.series-skipped': { de: 'Kursreihe nicht übernommen', en: 'Price history not taken over' },
  'import.detail.duplicate': {
    de: 'Dieser Artikel ist schon in der Bibliothek; er wurde nicht doppelt gespeichert.',
    en: 'This article is already in the library; it was not stored twice.',
  },
  'import.detail.imported': { de: 'Neu in der Bibliothek.', en: 'New in the library.' },
  'import.detail.updated': {
    de: 'Neue Fassung eines gespeicherten Artikels: Text ersetzt, {reanchored} Markierungen neu verankert, {orphans} nicht mehr auffindbar.',
    en: 'New version of a stored article: text replaced, {reanchored} annotations re-anchored, {orphans} no longer found.',
  },
  'import.detail.series': {
    de: '{bars} Kurse für {listing} gespeichert.',
    en: '{bars} quotes stored for {listing}.',
  },
  'import.detail.seriesPending': { de: '{bars} Kurse gelesen.', en: '{bars} quotes read.' },
  'import.detail.seriesSkipped': {
    de: 'Vorschau ohne Übernahme geschlossen.',
    en: 'Preview closed without taking it over.',
  },

  'import.reason.unsupported-type': {
    de: 'Dateityp .{extension} wird nicht unterstützt (möglich: .txt, .md, .html, .pdf, .csv).',
    en: 'File type .{extension} is not supported (possible: .txt, .md, .html, .pdf, .csv).',
  },
  'import.reason.too-large': {
    de: 'Die Datei ist größer als die Grenze von 20 MB.',
    en: 'The file is larger than the 20 MB limit.',
  },
  'import.reason.unreadable': {
    de: 'Die Datei konnte nicht gelesen werden.',
    en: 'The file could not be read.',
  },
  'import.reason.cancelled': {
    de: 'Import abgebrochen, bevor diese Datei an der Reihe war.',
    en: 'Import cancelled before this file was reached.',
  },
  'import.reason.worker-failed': {
    de: 'Der Import-Prozess ist beim Lesen dieser Datei abgestürzt.',
    en: 'The import process crashed while reading this file.',
  },
  'import.reason.store-failed': {
    de: 'Die Datei konnte nicht gespeichert werden; die Bibliothek bleibt unverändert.',
    en: 'The file could not be saved; the library is unchanged.',
  },
  'import.reason.empty': { de: 'Die Datei ist leer.', en: 'The file is empty.' },
  'import.reason.corrupt-pdf': {
    de: 'Das PDF ist beschädigt oder kein gültiges PDF.',
    en: 'The PDF is damaged or not a valid PDF.',
  },
  'import.reason.encrypted-pdf': {
    de: 'Das PDF ist passwortgeschützt.',
    en: 'The PDF is password-protected.',
  },
  'import.reason.binary-data': {
    de: 'Die Datei enthält Binärdaten, keinen Text.',
    en: 'The file holds binary data, not text.',
  },
  'import.reason.encoding': {
    de: 'Die Zeichenkodierung der Datei ist unbekannt.',
    en: 'The file’s text encoding is unknown.',
  },
  'import.reason.no-article-text': {
    de: 'In der Datei steht kein lesbarer Artikeltext (z. B. ein PDF nur aus Bildern).',
    en: 'The file holds no readable article text (e.g. a PDF made of images only).',
  },
  'import.reason.too-complex': {
    de: 'Die Seite hat zu viele oder zu tief verschachtelte Elemente, um sicher gelesen zu werden (Grenze: {limit}).',
    en: 'The page has too many or too deeply nested elements to be read safely (limit: {limit}).',
  },
  'import.reason.too-many-blocks': {
    de: 'Die Datei ergibt {blocks} Absätze; ein Artikel darf höchstens {maxBlocks} haben. Nichts wurde gespeichert.',
    en: 'The file gives {blocks} paragraphs; an article may have at most {maxBlocks}. Nothing was stored.',
  },
  'import.reason.too-much-text': {
    de: 'Die Datei enthält {characters} Zeichen Text; ein Artikel darf höchstens {maxCharacters} haben. Nichts wurde gespeichert.',
    en: 'The file holds {characters} characters of text; an article may hold at most {maxCharacters}. Nothing was stored.',
  },
  'import.reason.too-many-lines': {
    de: 'Die Kursreihe hat {lines} Zeilen; erlaubt sind höchstens {maxLines}.',
    en: 'The price history has {lines} lines; at most {maxLines} are allowed.',
  },
  'import.reason.answer-too-large': {
    de: 'Das Leseergebnis ist größer als die Grenze von {limitCharacters} Zeichen. Nichts wurde gespeichert.',
    en: 'The result of reading is larger than the limit of {limitCharacters} characters. Nothing was stored.',
  },
  'import.reason.timeout': {
    de: 'Das Lesen dauerte zu lange und wurde abgebrochen.',
    en: 'Reading took too long and was stopped.',
  },
  'import.reason.internal': {
    de: 'Beim Lesen trat ein unerwarteter Fehler auf.',
    en: 'An unexpected error occurred while reading.',
  },
  'import.reason.no-header': {
    de: 'Keine Kopfzeile mit Datum und Kurs gefunden.',
    en: 'No header line with a date and a price column was found.',
  },
  'import.reason.no-date-column': {
    de: 'Keine Datumsspalte gefunden (erwartet z. B. „Datum“ oder „Date“).',
    en: 'No date column found (expected e.g. “Date” or “Datum”).',
  },
  'import.reason.no-price-column': {
    de: 'Keine Kursspalte gefunden (erwartet z. B. „Schlusskurs“, „Zuletzt“ oder „Close“).',
    en: 'No price column found (expected e.g. “Close”, “Schlusskurs” or “Zuletzt”).',
  },
  'import.reason.wrong-field-count': {
    de: 'CSV-Zeile {line} hat die falsche Anzahl Felder ({actualFields} statt {expectedFields}).',
    en: 'CSV row {line} has the wrong number of fields ({actualFields} instead of {expectedFields}).',
  },
  'import.reason.no-rows': {
    de: 'Keine Zeile mit Datum und Kurs gefunden.',
    en: 'No row with a date and a price was found.',
  },
  'import.reason.unknown': {
    de: 'Die Datei wurde abgelehnt: {message}',
    en: 'The file was rejected: {message}',
  },

  'import.csv.title': { de: 'Kursreihe prüfen: {fileName}', en: 'Check price history: {fileName}' },
  'import.csv.detected': { de: 'Erkannt', en: 'Detected' },
  'import.csv.delimiter': { de: 'Trennzeichen', en: 'Delimiter' },
  'import.csv.decimal': { de: 'Dezimalzeichen', en: 'Decimal mark' },
  'import.csv.dateFormat': { de: 'Datumsformat', en: 'Date format' },
  'import.csv.interval': { de: 'Intervall', en: 'Interval' },
  'import.csv.interval.daily': { de: 'täglich', en: 'daily' },
  'import.csv.interval.weekly': { de: 'wöchentlich', en: 'weekly' },
  'import.csv.interval.monthly': { de: 'monatlich', en: 'monthly' },
  'import.csv.interval.irregular': { de: 'unregelmäßig', en: 'irregular' },
  'import.csv.rows': { de: 'Zeilen', en: 'Rows' },
  'import.csv.rowsValue': {
    de: '{kept} übernommen von {read}; verworfen: {empty} leer, {duplicate} doppelt, {other} unlesbar',
    en: '{kept} kept of {read}; dropped: {empty} empty, {duplicate} duplicate, {other} unreadable',
  },
  'import.csv.first': { de: 'Erster Kurs', en: 'First close' },
  'import.csv.last': { de: 'Letzter Kurs', en: 'Last close' },
  'import.csv.dateClose': { de: '{date}: {close}', en: '{date}: {close}' },
  'import.csv.symbol': { de: 'Symbol', en: 'Symbol' },
  'import.csv.currency': { de: 'Währung', en: 'Currency' },
  'import.csv.listing': { de: 'Börsenplatz (z. B. NYSE:BABA)', en: 'Listing (e.g. NYSE:BABA)' },
  'import.csv.invalid': {
    de: 'Bitte Symbol und Börsenplatz angeben (Börsenplatz als BÖRSE:SYMBOL).',
    en: 'Please enter a symbol and a listing (listing as EXCHANGE:SYMBOL).',
  },
  'import.csv.confirm': { de: 'Kursreihe übernehmen', en: 'Use this price history' },
  'import.csv.skip': { de: 'Nicht übernehmen', en: 'Skip' },
  'import.csv.saveFailed': {
    de: 'Die Kursreihe konnte nicht gespeichert werden: {reason}',
    en: 'The price history could not be saved: {reason}',
  },
  'import.warning.rows-dropped-empty': {
    de: '{count} Zeilen ohne Kurs wurden übersprungen.',
    en: '{count} rows without a price were skipped.',
  },
  'import.warning.rows-dropped-duplicate': {
    de: '{count} Zeilen wiederholen ein Datum und wurden übersprungen (die erste bleibt).',
    en: '{count} rows repeat a date and were skipped (the first one is kept).',
  },
  'import.warning.rows-dropped-unparseable': {
    de: '{count} Zeilen waren unlesbar und wurden übersprungen.',
    en: '{count} rows could not be read and were skipped.',
  },
  'import.warning.row-wrong-field-count': {
    de: '{count} Zeilen mit falscher Feldanzahl wurden übersprungen (Zeilen {lines}).',
    en: '{count} rows had the wrong number of fields and were skipped (lines {lines}).',
  },
  'import.warning.ambiguous-date-format': {
    de: 'Das Datumsformat war nicht eindeutig; angenommen wurde {dateFormat}.',
    en: 'The date format could not be told for sure; {dateFormat} was assumed.',
  },
  'import.warning.ambiguous-decimal-mark': {
    de: 'Das Dezimalzeichen war nicht eindeutig; angenommen wurde „{decimalMark}“.',
    en: 'The decimal mark could not be told for sure; "{decimalMark}" was assumed.',
  },
  'import.warning.close-from-adjusted-close': {
    de: 'Keine Schlusskurs-Spalte: der bereinigte Schlusskurs wird verwendet.',
    en: 'No close column: the adjusted close is used.',
  },
  'import.articleWarning.charset-unknown': {
    de: 'Unbekannte Zeichenkodierung „{declared}“; gelesen als {used}.',
    en: 'Unknown text encoding “{declared}”; read as {used}.',
  },
  'import.articleWarning.charset-guessed': {
    de: 'Keine Zeichenkodierung angegeben; gelesen als {used}.',
    en: 'No text encoding declared; read as {used}.',
  },
  'import.articleWarning.readability-fallback': {
    de: 'Kein Hauptartikel erkannt; der ganze Seitentext wurde übernommen.',
    en: 'No main article found; the whole page text was used.',
  },
  'import.articleWarning.pdf-pages-failed': {
    de: '{failedPages} von {pageCount} Seiten konnten nicht gelesen werden.',
    en: '{failedPages} of {pageCount} pages could not be read.',
  },
  'import.articleWarning.markup-dropped': {
    de: 'Formatierungen, die der Leser nicht zeigt, wurden entfernt.',
    en: 'Formatting the reader does not show was removed.',
  },
  'import.articleWarning.control-characters-removed': {
    de: '{count} Steuerzeichen (z. B. NUL, ESC, Richtungszeichen) wurden entfernt.',
    en: '{count} control characters (e.g. NUL, ESC, direction marks) were removed.',
  },
  'import.failed': { de: 'Der Import ist fehlgeschlagen: {reason}', en: 'The import failed: {reason}' },
} as const;
