/** Strings of deleting an article: the button, the confirmation, the undo offer, oversized articles. */
export const deletionMessages = {
  'delete.button': { de: 'Artikel löschen…', en: 'Delete article…' },
  'delete.buttonFor': { de: '„{title}“ löschen…', en: 'Delete “{title}”…' },
  'delete.title': { de: 'Artikel löschen?', en: 'Delete article?' },
  'delete.text': {
    de: '„{title}“ wird aus der Bibliothek gelöscht.',
    en: '“{title}” will be deleted from the library.',
  },
  'delete.dependents': {
    de: 'Mit ihm werden {annotations} Markierungen und Notizen sowie {levels} Kursmarken gelöscht.',
    en: '{annotations} annotations and notes and {levels} price levels will be deleted with it.',
  },
  'delete.noDependents': {
    de: 'Zu diesem Artikel gibt es keine Markierungen, Notizen oder Kursmarken.',
    en: 'This article has no annotations, notes or price levels.',
  },
  'delete.undoHint': {
    de: 'Gleich danach lässt sich das Löschen rückgängig machen.',
    en: 'You can undo the deletion right afterwards.',
  },
  'delete.noUndo': {
    de: 'Dieser Artikel ist zu groß, um ihn für ein Rückgängig aufzuheben: das Löschen ist endgültig.',
    en: 'This article is too large to keep for an undo: the deletion is final.',
  },
  'delete.confirm': { de: 'Löschen', en: 'Delete' },
  'delete.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'delete.done': { de: '„{title}“ gelöscht.', en: '“{title}” deleted.' },
  'delete.undo': { de: 'Rückgängig', en: 'Undo' },
  'delete.dismiss': { de: 'Ausblenden', en: 'Dismiss' },
  'delete.failed': {
    de: 'Der Artikel konnte nicht gelöscht oder wiederhergestellt werden: {reason}',
    en: 'The article could not be deleted or restored: {reason}',
  },
  'oversized.heading': { de: 'Zu groß zum Anzeigen', en: 'Too large to show' },
  'oversized.explain': {
    de: 'Diese Artikel wurden von einer früheren Version gespeichert und sprengen die Grenzen (höchstens {maxBlocks} Absätze und {maxCharacters} Zeichen). Sie werden nicht angezeigt; du kannst sie löschen.',
    en: 'These articles were stored by an earlier version and exceed the limits (at most {maxBlocks} paragraphs and {maxCharacters} characters). They are not shown; you can delete them.',
  },
  'oversized.size': {
    de: '{blocks} Absätze, {characters} Zeichen',
    en: '{blocks} paragraphs, {characters} characters',
  },
} as const;
