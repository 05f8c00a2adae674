import type { UiLanguage } from '../../shared/ipc-contract';
import { messages, type MessageKey } from './messages';
import { useAppStore } from '../store/app-store';

/** Values substituted for {name} placeholders in a message. */
export type MessageValues = Record<string, string | number>;

/** The text of `key` in `language`, with {name} placeholders filled from `values`. */
export function translate(language: UiLanguage, key: MessageKey, values?: MessageValues): string {
  const text: string = messages[key][language];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** React hook: a `t(key, values)` bound to the current UI language. */
export function useTranslate(): (key: MessageKey, values?: MessageValues) => string {
  const language = useAppStore((state) => state.language);
  return (key, values) => translate(language, key, values);
}
