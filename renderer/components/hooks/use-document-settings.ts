import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';
import { getPlatform } from '../../platform/get-platform';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Keeps <html lang> and <html data-theme> in step with the UI language and theme choice. */
export function useDocumentSettings(): void {
  const language = useAppStore((state) => state.language);
  const themePreference = useAppStore((state) => state.themePreference);

  useEffect(() => {
    document.documentElement.lang = language;
    void getPlatform().setUiLanguage(language);
  }, [language]);

  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const apply = () => {
      const isDark = themePreference === 'dark' || (themePreference === 'system' && media.matches);
      document.documentElement.dataset['theme'] = isDark ? 'dark' : 'light';
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [themePreference]);
}
