import type { UiLanguage } from '../../shared/ipc-contract';
import { importMessages } from '../i18n/messages/import';
import { useAppStore } from '../store/app-store';

/** A key of an import string. */
export type ImportMessageKey = keyof typeof importMessages;

const NUMBER_FORMATS: Record<UiLanguage, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE'),
  en: new Intl.NumberFormat('en-US'),
};

/** The import string `key` in `language` with {name} placeholders filled from `values` (numbers grouped: 1.000.000). */
export function importText(
  language: UiLanguage,
  key: ImportMessageKey,
  values: Record<string, string | number> = {},
): string {
  const text: string = importMessages[key][language];
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? NUMBER_FORMATS[language].format(value) : value;
  });
}

/** React hook: importText bound to the current UI language. */
export function useImportText(): (key: ImportMessageKey, values?: Record<string, string | number>) => string {
  const language = useAppStore((state) => state.language);
  return (key, values) => importText(language, key, values);
}

/** Whether an import string with this key exists (rejection codes come from parsers as plain strings). */
export function isImportMessageKey(key: string): key is ImportMessageKey {
  return key in importMessages;
}
