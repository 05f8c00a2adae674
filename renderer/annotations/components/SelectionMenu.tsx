import { useEffect, useRef } from 'react';
import { useTranslate } from '../../i18n/translate';
import { SelectionActions, type SelectionHandlers } from './SelectionActions';

/** Props of SelectionMenu. */
interface SelectionMenuProps extends SelectionHandlers {
  xPx: number;
  yPx: number;
  onClose: () => void;
}

/** The right-click menu on a selection: the same actions as the toolbar, with menu keyboard handling. */
export function SelectionMenu({ xPx, yPx, onClose, ...handlers }: SelectionMenuProps) {
  const t = useTranslate();
  const menuRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      items[(index + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  const left = Math.min(xPx, window.innerWidth - 220);
  const top = Math.min(yPx, window.innerHeight - 320);
  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={t('annotations.menu.label')}
      className="ann-menu"
      style={{ left: Math.max(8, left), top: Math.max(8, top) }}
      onKeyDown={onKeyDown}
    >
      <SelectionActions itemRole="menuitem" {...handlers} />
    </div>
  );
}
