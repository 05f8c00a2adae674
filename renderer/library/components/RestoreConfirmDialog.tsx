import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { useLibraryStore, type LibraryDialog } from '../library-store';
import { countBackup, type LibraryCounts } from '../services/library-backup';
import { confirmRestore } from '../library-runtime';
import { LibraryDialogFrame } from './LibraryDialogFrame';

type ConfirmDialog = Extract<LibraryDialog, { kind: 'confirm-restore' }>;

const ROWS: readonly (keyof LibraryCounts)[] = ['articles', 'annotations', 'levels', 'quoteSeries'];

/** Says what a restore replaces (now vs. backup, settings included) and asks before doing it. */
export function RestoreConfirmDialog({ dialog }: { dialog: ConfirmDialog | null }) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  const show = useLibraryStore((state) => state.show);
  const isBusy = useLibraryStore((state) => state.isBusy);
  const incoming = dialog ? countBackup(dialog.backup) : null;
  const date = dialog
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
        dialog.backup.createdAtMs,
      )
    : '';
  return (
    <LibraryDialogFrame
      isOpen={dialog !== null}
      title={t('library.restore.title')}
      role="alertdialog"
      onClose={() => show(null)}
    >
      <p className="library-dialog__text">
        {t('library.restore.from', {
          fileName: dialog?.fileName ?? '',
          date,
          version: dialog?.backup.appVersion ?? '',
        })}
      </p>
      <p className="library-dialog__text">{t('library.restore.replaces')}</p>
      <table className="library-counts">
        <thead>
          <tr>
            <th scope="col">{t('library.restore.what')}</th>
            <th scope="col">{t('library.restore.now')}</th>
            <th scope="col">{t('library.restore.backup')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{t(`library.restore.${row}`)}</th>
              <td>{dialog?.current[row]}</td>
              <td>{incoming?.[row]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="library-dialog__warning">{t('library.restore.warning')}</p>
      <div className="dialog__actions library-dialog__actions">
        <button type="button" className="button" onClick={() => show(null)} autoFocus disabled={isBusy}>
          {t('library.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void confirmRestore()}
          disabled={isBusy}
        >
          {t('library.restore.confirm')}
        </button>
      </div>
    </LibraryDialogFrame>
  );
}
