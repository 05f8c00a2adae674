/** Core UI strings (layout, article list, reader, dialogs), German and English side by side. */
export const appMessages = {
  'app.title': { de: 'Kursnotiz', en: 'Kursnotiz' },
  'app.tagline': { de: 'Alibaba-Nachrichten lesen, markieren, einordnen', en: 'Read, mark and weigh Alibaba news' },
} as const;
