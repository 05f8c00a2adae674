import { useId } from 'react';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import type { ChecksViewModel, CheckLinkView } from '../checks-view-model';
import { CheckItem } from './CheckItem';

/** Props of ChecksDialog. */
interface ChecksDialogProps {
  isOpen: boolean;
  model: ChecksViewModel;
  onClose: () => void;
}

/** The Checks view: a modal dialog listing every narrative check with links to the passages involved. */
export function ChecksDialog({ isOpen, model, onClose }: ChecksDialogProps) {
  const t = useTranslate();
  const titleId = useId();
  const dialogRef = useModalDialog(isOpen);
  const revealPassage = useAppStore((state) => state.revealPassage);

  const goTo = (link: CheckLinkView) => {
    // Close first: while the modal is open the reader is inert and could not take the passage's focus.
    dialogRef.current?.close();
    revealPassage(link.passage);
  };

  return (
    <dialog ref={dialogRef} className="dialog checks-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {t('checks.title')}
        </h2>
        <p className="dialog__subtitle">{t('checks.intro')}</p>
      </div>
      {model.items.length === 0 ? (
        <p className="empty-note">{t('checks.empty')}</p>
      ) : (
        <ol className="checks-dialog__list">
          {model.items.map((item) => (
            <CheckItem key={item.key} item={item} onGoTo={goTo} />
          ))}
        </ol>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          {t('checks.close')}
        </button>
      </div>
    </dialog>
  );
}
