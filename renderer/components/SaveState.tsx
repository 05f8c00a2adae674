import { useAppStore } from '../store/app-store';
import { useTranslate } from '../i18n/translate';

/**
 * Whether this session's annotation changes are on disk: "saving …" while writes wait for the database,
 * "all saved" once each one committed. Silent until the first change, so a fresh start shows nothing.
 */
export function SaveState() {
  const t = useTranslate();
  const { pending, saved } = useAppStore((state) => state.annotationWrites);
  const text =
    pending > 0 ? t('notes.saving', { saved, pending }) : saved > 0 ? t('notes.saved', { saved }) : '';
  return (
    <span
      role="status"
      aria-label={t('notes.saveState')}
      className={`save-state${pending > 0 ? ' save-state--busy' : ''}`}
    >
      {text}
    </span>
  );
}
