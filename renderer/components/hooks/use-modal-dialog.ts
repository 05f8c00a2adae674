import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> modally while `isOpen` (page behind it inert, Esc → 'cancel') and closes it when
 * `isOpen` turns false, returning the focus to the element that had it when the dialog opened.
 */
export function useModalDialog(isOpen: boolean) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      returnFocusRef.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!isOpen && dialog.open) {
      // Only when we close it: a dialog closed natively (Esc, method="dialog", a link moving focus
      // elsewhere) has already put the focus where it belongs.
      dialog.close();
      returnFocusRef.current?.focus();
      returnFocusRef.current = null;
    }
  }, [isOpen]);
  return dialogRef;
}
