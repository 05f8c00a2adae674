/** Strings of the full-text search above the article list. */
export const searchMessages = {
  'search.label': { de: 'Volltextsuche', en: 'Full-text search' },
  'search.placeholder': { de: 'Texte, Zitate, Notizen durchsuchen', en: 'Search texts, quotes, notes' },
  'search.results': { de: 'Suchergebnisse', en: 'Search results' },
  'search.count': { de: '{count} Treffer', en: '{count} results' },
  'search.countOne': { de: '1 Treffer', en: '1 result' },
  'search.none': { de: 'Keine Treffer für „{query}“.', en: 'No results for “{query}”.' },
  'search.kind.text': { de: 'Artikeltext', en: 'Article text' },
  'search.kind.quote': { de: 'Zitat', en: 'Quote' },
  'search.kind.note': { de: 'Notiz', en: 'Note' },
  'search.hint': {
    de: '↑/↓ wählen, Eingabe öffnet die Textstelle, Esc schließt',
    en: '↑/↓ to choose, Enter opens the passage, Esc closes',
  },
} as const;
