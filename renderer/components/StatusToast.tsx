import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';

/** A transient message from any feature (store.statusMessage), announced politely and dismissible. */
export function StatusToast() {
  const t = useTranslate();
  const message = useAppStore((state) => state.statusMessage);
  const showStatus = useAppStore((state) => state.showStatus);
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <div className="status-toast">
          <span>{message}</span>
          <button type="button" className="button button--quiet" onClick={() => showStatus(null)}>
            {t('about.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
