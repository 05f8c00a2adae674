import { useId, type ReactNode } from 'react';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';

/** Props of LibraryDialogFrame. */
interface LibraryDialogFrameProps {
  isOpen: boolean;
  title: string;
  /** Esc and the close buttons call this; the dialog closes when `isOpen` turns false. */
  onClose: () => void;
  /** 'alertdialog' for confirmations and refusals, so screen readers announce them at once. */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

/** A modal <dialog> (focus trapped, rest of the page inert) titled by its heading; focus returns after. */
export function LibraryDialogFrame({ isOpen, title, onClose, role, children }: LibraryDialogFrameProps) {
  const titleId = useId();
  const dialogRef = useModalDialog(isOpen);
  return (
    <dialog
      ref={dialogRef}
      className="dialog library-dialog"
      role={role}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The store decides when the dialog closes, so Esc goes through onClose like the buttons.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {isOpen ? children : null}
    </dialog>
  );
}
