import type { UiLanguage } from '../../shared/ipc-contract';
import { useAppStore } from '../store/app-store';
import type { ThemePreference } from '../store/ui-slice';
import { useTranslate } from '../i18n/translate';
import { SegmentedChoice } from './SegmentedChoice';
import { ThemeIcon } from './ThemeIcon';
import { ImportButton } from '../import/components/ImportButton';
import { LibraryMenu } from '../library/components/LibraryMenu';
import { ExportButton } from '../export/components/ExportButton';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The app bar: name, language and theme switches, and the About button. */
export function AppHeader() {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  const themePreference = useAppStore((state) => state.themePreference);
  const setLanguage = useAppStore((state) => state.setLanguage);
  const setThemePreference = useAppStore((state) => state.setThemePreference);
  const showDialog = useAppStore((state) => state.showDialog);

  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__logo" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M3 17l5-5 4 3 7-8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.2"
            strokeLinecap="round"
          />
          <path d="M15 7h4v4" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
        <span className="app-header__name">{t('app.title')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <div className="app-header__controls">
        <ImportButton />
        <LibraryMenu />
        <ExportButton />
        <SegmentedChoice<UiLanguage>
          label={t('header.language')}
          value={language}
          onChange={setLanguage}
          options={[
            { value: 'de', label: 'Deutsch', content: 'DE', lang: 'de' },
            { value: 'en', label: 'English', content: 'EN', lang: 'en' },
          ]}
        />
        <SegmentedChoice<ThemePreference>
          label={t('header.theme')}
          value={themePreference}
          onChange={setThemePreference}
          options={THEMES.map((theme) => ({
            value: theme,
            label: t(`header.theme.${theme}`),
            content: <ThemeIcon theme={theme} />,
          }))}
        />
        <button type="button" className="button button--quiet" onClick={() => showDialog('about')}>
          {t('header.about')}
        </button>
      </div>
    </header>
  );
}
