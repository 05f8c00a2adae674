import { useEffect } from 'react';
import { getPlatform } from '../../platform/get-platform';
import { getAnnotationService } from '../services/annotation-runtime';

/** True when keys typed now belong to a text field (its own undo must keep working there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return false;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/** Which history step a key press asks for: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo, else null. */
export function undoKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

/** Undo/redo of annotation changes from the keyboard (outside text fields) and the native Edit menu. */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = undoKeyAction(event);
      if (!action || isTypingTarget(event.target)) return;
      event.preventDefault();
      void getAnnotationService()?.[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = getPlatform().onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      // The menu item also reaches us while a text field is focused: there it must undo the typing.
      if (isTypingTarget(document.activeElement)) document.execCommand(command);
      else void getAnnotationService()?.[command]();
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, []);
}
