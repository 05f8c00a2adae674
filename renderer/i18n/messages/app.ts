/** Core UI strings (layout, article list, reader, dialogs), German and English side by side. */
export const appMessages = {
  'app.title': { de: 'Kursnotiz', en: 'Kursnotiz' },
  'app.tagline': {
    de: 'Alibaba-Nachrichten lesen, markieren, einordnen',
    en: 'Read, mark and weigh Alibaba news',
  },
  'app.loading': { de: 'Bibliothek wird geladen …', en: 'Loading the library …' },
  'app.loadFailed.title': {
    de: 'Die Bibliothek konnte nicht geladen werden',
    en: 'The library could not be loaded',
  },
  'app.loadFailed.hint': {
    de: 'Die gespeicherten Daten bleiben unverändert. Bitte starte Kursnotiz neu; bleibt der Fehler, nenne die Meldung unten.',
    en: 'Your stored data is unchanged. Please restart Kursnotiz; if the error persists, report the message below.',
  },
  'app.reload': { de: 'Neu laden', en: 'Reload' },

  'header.language': { de: 'Sprache', en: 'Language' },
  'header.theme': { de: 'Farbschema', en: 'Theme' },
  'header.theme.system': { de: 'System', en: 'System' },
  'header.theme.light': { de: 'Hell', en: 'Light' },
  'header.theme.dark': { de: 'Dunkel', en: 'Dark' },
  'header.about': { de: 'Über Kursnotiz', en: 'About Kursnotiz' },

  'list.label': { de: 'Artikel', en: 'Articles' },
  'list.count': { de: '{count} Artikel', en: '{count} articles' },
  'list.empty': { de: 'Noch keine Artikel in der Bibliothek.', en: 'No articles in the library yet.' },
  'list.keyboardHint': { de: 'Artikel wechseln', en: 'Switch articles' },

  'publisher.news': { de: 'Nachricht', en: 'News' },
  'publisher.analysis': { de: 'Analyse', en: 'Analysis' },
  'publisher.market-letter': { de: 'Börsenbrief', en: 'Market letter' },
  'publisher.blog': { de: 'Blog', en: 'Blog' },
  'publisher.press-release': { de: 'Pressemitteilung', en: 'Press release' },
  'publisher.other': { de: 'Sonstiges', en: 'Other' },

  'reader.label': { de: 'Leseansicht', en: 'Reader' },
  'reader.empty': { de: 'Wähle links einen Artikel aus.', en: 'Choose an article on the left.' },
  'reader.source': { de: 'Quelle', en: 'Source' },
  'reader.published': { de: 'Veröffentlicht', en: 'Published' },
  'reader.dateUnknown': { de: 'Datum unbekannt', en: 'Date unknown' },
  'reader.approximate': { de: 'ca. {date}', en: 'approx. {date}' },
  'reader.approximateNote': { de: 'ungefähres Datum', en: 'approximate date' },
  'reader.dateReason': { de: 'Datum: {reason}', en: 'Date: {reason}' },

  'layout.chartPlaceholder': {
    de: 'Der Kurschart wird hier angezeigt.',
    en: 'The price chart appears here.',
  },

  'notes.label': { de: 'Notizen', en: 'Notes' },
  'notes.emptyTitle': { de: 'Noch keine Notizen', en: 'No notes yet' },
  'notes.emptyText': {
    de: 'Hier erscheinen deine Markierungen und Anmerkungen zum gewählten Artikel.',
    en: 'Your highlights and annotations on the selected article will appear here.',
  },

  'splitter.list': { de: 'Breite der Artikelliste', en: 'Article list width' },
  'splitter.side': { de: 'Breite von Chart und Notizen', en: 'Chart and notes width' },
  'splitter.chart': { de: 'Höhe des Charts', en: 'Chart height' },

  'about.title': { de: 'Über Kursnotiz', en: 'About Kursnotiz' },
  'about.close': { de: 'Schließen', en: 'Close' },
  'about.version': { de: 'Version', en: 'Version' },
  'about.host': { de: 'Umgebung', en: 'Host' },
  'about.host.electron': { de: 'Desktop-App (Electron {version})', en: 'Desktop app (Electron {version})' },
  'about.host.web': { de: 'Webbrowser', en: 'Web browser' },
  'about.language': { de: 'Sprache der Oberfläche', en: 'Interface language' },
  'about.language.de': { de: 'Deutsch', en: 'German' },
  'about.language.en': { de: 'Englisch', en: 'English' },
  'about.database': { de: 'Datenbank', en: 'Database' },
  'about.databaseValue': { de: '{name}, Schema-Version {version}', en: '{name}, schema version {version}' },
  'about.articles': { de: 'Artikel', en: 'Articles' },
  'about.persistence': { de: 'Speicher', en: 'Storage' },
  'about.persistence.persistent': { de: 'dauerhaft', en: 'persistent' },
  'about.persistence.best-effort': {
    de: 'nach Möglichkeit (der Browser darf bei Platzmangel löschen)',
    en: 'best effort (the browser may evict it when space runs low)',
  },
  'about.persistence.unknown': { de: 'unbekannt', en: 'unknown' },
  'about.location': { de: 'Speicherort', en: 'Data location' },
  'about.location.electron': {
    de: 'IndexedDB im App-Profil unter {path}',
    en: 'IndexedDB in the app profile under {path}',
  },
  'about.location.web': {
    de: 'IndexedDB im Profil dieses Browsers (nur für diese Adresse)',
    en: 'IndexedDB in this browser profile (for this address only)',
  },
  'about.unavailable': { de: 'nicht verfügbar', en: 'not available' },
  'about.shortcuts': { de: 'Tastenkürzel', en: 'Keyboard shortcuts' },
  'shortcut.next': { de: 'Nächster Artikel', en: 'Next article' },
  'shortcut.previous': { de: 'Vorheriger Artikel', en: 'Previous article' },
  'shortcut.firstLast': { de: 'Erster / letzter Artikel', en: 'First / last article' },
  'shortcut.splitter': {
    de: 'Trennlinie fokussiert: Größe ändern',
    en: 'Splitter focused: resize',
  },
  'shortcut.close': { de: 'Dialog schließen', en: 'Close dialog' },
  'shortcut.hint': {
    de: 'Die Kürzel wirken, solange kein Eingabefeld fokussiert ist.',
    en: 'Shortcuts work whenever no text field has focus.',
  },
} as const;
