import type { BackupError } from './backup';

/**
 * The user-facing text of each backup error, German and English, with {name} placeholders filled from
 * the error's `values` (the same convention as renderer/i18n's translate(), so the UI can register them).
 */
export const BACKUP_ERROR_MESSAGES: Record<BackupError['code'], { de: string; en: string }> = {
  'file-too-large': {
    de: 'Die Datei ist zu groß für eine Kursnotiz-Sicherung ({sizeChars} Zeichen, höchstens {limitChars}).',
    en: 'The file is too large for a Kursnotiz backup ({sizeChars} characters, at most {limitChars}).',
  },
  'not-json': {
    de: 'Die Datei ist kein gültiges JSON und damit keine Kursnotiz-Sicherung ({detail}).',
    en: 'The file is not valid JSON, so it is not a Kursnotiz backup ({detail}).',
  },
  'not-a-backup': {
    de: 'Diese Datei ist keine Kursnotiz-Sicherung.',
    en: 'This file is not a Kursnotiz backup.',
  },
  'newer-schema': {
    de: 'Diese Sicherung stammt aus einer neueren Kursnotiz-Version (Schema {found}); diese Version kann Schema {supported} lesen.',
    en: 'This backup comes from a newer Kursnotiz version (schema {found}); this version can read schema {supported}.',
  },
  'older-schema': {
    de: 'Diese Sicherung hat ein veraltetes Format (Schema {found}); diese Version liest ab Schema {oldest}.',
    en: 'This backup has an outdated format (schema {found}); this version reads schema {oldest} and later.',
  },
  'checksum-mismatch': {
    de: 'Die Sicherung ist beschädigt oder wurde verändert: Ihre Prüfsumme stimmt nicht. Es wurde nichts geändert.',
    en: 'The backup is damaged or was edited: its checksum does not match. Nothing was changed.',
  },
  'invalid-content': {
    de: 'Die Sicherung enthält ungültige Daten bei {path}: {detail}. Es wurde nichts geändert.',
    en: 'The backup holds invalid data at {path}: {detail}. Nothing was changed.',
  },
  'inconsistent-content': {
    de: 'Die Sicherung ist in sich widersprüchlich bei {path}: {detail}. Es wurde nichts geändert.',
    en: 'The backup contradicts itself at {path}: {detail}. Nothing was changed.',
  },
};

/** The message for a backup error in German or English, placeholders filled. */
export function formatBackupError(error: BackupError, language: 'de' | 'en'): string {
  const values = error.values as Record<string, string | number>;
  return BACKUP_ERROR_MESSAGES[error.code][language].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
