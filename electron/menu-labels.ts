import type { UiLanguage } from '../shared/ipc-contract';

/** Every label the native menu shows, per UI language. */
export interface MenuLabels {
  file: string;
  import: string;
  exportPdf: string;
  close: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  reload: string;
  toggleDevTools: string;
  help: string;
  about: string;
}

const LABELS: Readonly<Record<UiLanguage, MenuLabels>> = {
  de: {
    file: '&Datei',
    import: 'Importieren…',
    exportPdf: 'Als PDF exportieren…',
    close: 'Fenster schließen',
    quit: 'Kursnotiz beenden',
    edit: '&Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: '&Ansicht',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    resetZoom: 'Originalgröße',
    reload: 'Neu laden',
    toggleDevTools: 'Entwicklerwerkzeuge',
    help: '&Hilfe',
    about: 'Über Kursnotiz',
  },
  en: {
    file: '&File',
    import: 'Import…',
    exportPdf: 'Export PDF…',
    close: 'Close Window',
    quit: 'Quit Kursnotiz',
    edit: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: '&View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    help: '&Help',
    about: 'About Kursnotiz',
  },
};

/** The labels for one language. */
export function menuLabelsFor(language: UiLanguage): MenuLabels {
  return LABELS[language];
}

/** German for any German system locale (de, de-DE, de-AT, de-CH…), English otherwise. */
export function languageFromLocale(locale: string): UiLanguage {
  return /^de(?:[-_]|$)/iu.test(locale) ? 'de' : 'en';
}
