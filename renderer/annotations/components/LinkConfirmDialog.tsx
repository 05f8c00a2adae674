import { useId } from 'react';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';
import { useTranslate } from '../../i18n/translate';
import { safeLinkHref } from '../markdown/parse-note';
import { getPlatform } from '../../platform/get-platform';

/** Props of LinkConfirmDialog. */
interface LinkConfirmDialogProps {
  /** The link to confirm, or null when the dialog is closed. */
  href: string | null;
  onClose: () => void;
}

/** Asks before a note's link opens, naming the full URL; only http(s) links ever open, in the browser. */
export function LinkConfirmDialog({ href, onClose }: LinkConfirmDialogProps) {
  const t = useTranslate();
  const titleId = useId();
  const dialogRef = useModalDialog(Boolean(href));

  const open = () => {
    // Checked again here: the dialog must never become a way to open anything but a web page.
    const safe = href ? safeLinkHref(href) : null;
    // Electron hands the link to the system browser; the web host opens a new tab.
    // Reviewed: the platform seam, called only after the user confirmed this http(s) link in this dialog.
    if (safe) void getPlatform().openExternal(safe); // eng-disable OPEN_EXTERNAL_JS_CHECK
    onClose();
  };
  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby={titleId} onCancel={onClose}>
      <h2 id={titleId} className="dialog__title">
        {t('link.title')}
      </h2>
      <p className="dialog__section ann-link-url">{t('link.text', { url: href ?? '' })}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('link.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={open}>
          {t('link.open')}
        </button>
      </div>
    </dialog>
  );
}
