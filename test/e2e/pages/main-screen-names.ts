/** Accessible names of the main screen's controls in both UI languages (from renderer/i18n/messages). */
export const UI_NAMES = {
  de: {
    locale: 'de-DE',
    light: 'Hell',
    dark: 'Dunkel',
    about: 'Über Kursnotiz',
    close: 'Schließen',
    toolbar: 'Markierung',
    editFor: (quote: string) => `Markierung bearbeiten: ${quote}`,
    editor: 'Markierung bearbeiten',
    cancel: 'Abbrechen',
    exportButton: 'PDF exportieren…',
    exportDialog: 'Notizen exportieren',
    firstTag: 'bullisch',
    libraryMenu: 'Bibliothek: Export, Import, Sicherung',
    annotationExport: 'Anmerkungen exportieren',
  },
  en: {
    locale: 'en-US',
    light: 'Light',
    dark: 'Dark',
    about: 'About Kursnotiz',
    close: 'Close',
    toolbar: 'Highlight',
    editFor: (quote: string) => `Edit highlight: ${quote}`,
    editor: 'Edit highlight',
    cancel: 'Cancel',
    exportButton: 'Export PDF…',
    exportDialog: 'Export notes',
    firstTag: 'bullish',
    libraryMenu: 'Library: export, import, backup',
    annotationExport: 'Export annotations',
  },
} as const;

/** A UI language of the app. */
export type UiLanguageCode = keyof typeof UI_NAMES;
