import { useId } from 'react';
import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';
import { getPlatform } from '../platform/get-platform';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from '../db/schema';
import { APP_VERSION } from '../services/app-version';
import { useAppInfo } from './use-app-info';
import { ShortcutList } from './ShortcutList';
import { useModalDialog } from './hooks/use-modal-dialog';

/** About and diagnostics: version, host, language, database, storage and the keyboard shortcuts. */
export function AboutDialog() {
  const t = useTranslate();
  const titleId = useId();
  const isOpen = useAppStore((state) => state.openDialog === 'about');
  const dialogRef = useModalDialog(isOpen);
  const showDialog = useAppStore((state) => state.showDialog);
  const language = useAppStore((state) => state.language);
  const articleCount = useAppStore((state) => state.articles.length);
  const persistence = useAppStore((state) => state.storagePersistence);
  const info = useAppInfo(isOpen);
  const isElectron = getPlatform().kind === 'electron';

  const rows: [string, string][] = [
    [t('about.version'), info?.version ?? APP_VERSION],
    [
      t('about.host'),
      isElectron ? t('about.host.electron', { version: info?.electronVersion ?? '' }) : t('about.host.web'),
    ],
    [t('about.language'), t(`about.language.${language}`)],
    [t('about.database'), t('about.databaseValue', { name: DATABASE_NAME, version: CURRENT_SCHEMA_VERSION })],
    [t('about.articles'), new Intl.NumberFormat(language).format(articleCount)],
    [t('about.persistence'), t(`about.persistence.${persistence}`)],
    [
      t('about.location'),
      isElectron
        ? t('about.location.electron', { path: info?.userDataPath || t('about.unavailable') })
        : t('about.location.web'),
    ],
  ];

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onClose={() => showDialog(null)}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {t('about.title')}
        </h2>
        <p className="dialog__subtitle">{t('app.tagline')}</p>
      </div>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="dialog__section">{t('about.shortcuts')}</h3>
      <ShortcutList language={language} />
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => showDialog(null)} autoFocus>
          {t('about.close')}
        </button>
      </div>
    </dialog>
  );
}
