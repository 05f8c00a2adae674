import { useTranslate } from '../../i18n/translate';
import { useLibraryStore, type LibraryDialog } from '../library-store';
import { LibraryDialogFrame } from './LibraryDialogFrame';

type MessageDialog = Extract<LibraryDialog, { kind: 'message' }>;

/** A refusal, a failure or a done message, with its localised reason. */
export function LibraryMessageDialog({ dialog }: { dialog: MessageDialog | null }) {
  const t = useTranslate();
  const show = useLibraryStore((state) => state.show);
  const close = () => show(null);
  const isProblem = dialog !== null && dialog.title !== 'restored';
  return (
    <LibraryDialogFrame
      isOpen={dialog !== null}
      title={dialog ? t(`library.${dialog.title}.title`) : ''}
      role={isProblem ? 'alertdialog' : 'dialog'}
      onClose={close}
    >
      <p className="library-dialog__text">{dialog?.text}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={close} autoFocus>
          {t('library.close')}
        </button>
      </div>
    </LibraryDialogFrame>
  );
}
