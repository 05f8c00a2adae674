import type { W3cImportError } from './w3c-import';
import type { InvalidItemCode } from './w3c-read-item';

/** User-facing text of each whole-file import error ({name} placeholders filled from `values`). */
export const W3C_IMPORT_ERROR_MESSAGES: Record<W3cImportError['code'], { de: string; en: string }> = {
  'file-too-large': {
    de: 'Die Datei ist zu groß für einen Anmerkungs-Import ({sizeChars} Zeichen, höchstens {limitChars}).',
    en: 'The file is too large to import annotations from ({sizeChars} characters, at most {limitChars}).',
  },
  'not-json': {
    de: 'Die Datei ist kein gültiges JSON ({detail}).',
    en: 'The file is not valid JSON ({detail}).',
  },
  'not-an-annotation-file': {
    de: 'Die Datei enthält keine W3C-Web-Annotationen ({detail}).',
    en: 'The file holds no W3C Web Annotations ({detail}).',
  },
  'too-many-annotations': {
    de: 'Die Datei enthält {count} Anmerkungen; importiert werden höchstens {limit} auf einmal.',
    en: 'The file holds {count} annotations; at most {limit} can be imported at once.',
  },
};

/** User-facing text of why a single item was skipped. */
export const W3C_INVALID_ITEM_MESSAGES: Record<InvalidItemCode, { de: string; en: string }> = {
  'not-an-annotation': { de: 'keine Anmerkung', en: 'not an annotation' },
  'no-text-quote': {
    de: 'kein zitierter Text (TextQuoteSelector)',
    en: 'no quoted text (TextQuoteSelector)',
  },
  'invalid-position': { de: 'ungültige Textposition', en: 'invalid text position' },
  'invalid-field': { de: 'ungültiges Feld', en: 'invalid field' },
  'duplicate-id': { de: 'doppelte ID in der Datei', en: 'duplicate id in the file' },
};

/** The message for a whole-file import error in German or English, placeholders filled. */
export function formatW3cImportError(error: W3cImportError, language: 'de' | 'en'): string {
  const values = error.values as Record<string, string | number>;
  return W3C_IMPORT_ERROR_MESSAGES[error.code][language].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
