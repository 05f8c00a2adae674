import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';

/** What the main area shows while the library loads, or why it could not load. */
export function StartupStatus() {
  const t = useTranslate();
  const loadStatus = useAppStore((state) => state.loadStatus);
  const loadError = useAppStore((state) => state.loadError);
  if (loadStatus === 'failed') {
    return (
      <div className="startup-status" role="alert">
        <h1 className="startup-status__title">{t('app.loadFailed.title')}</h1>
        <p className="startup-status__text">{t('app.loadFailed.hint')}</p>
        <pre className="startup-status__error">{loadError}</pre>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
  return (
    <div className="startup-status" role="status">
      <p className="startup-status__text">{t('app.loading')}</p>
    </div>
  );
}
