import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslate } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { useLibraryStore } from '../library-store';
import { backUpLibrary, chooseBackupFile, importAnnotations } from '../library-runtime';
import { LibraryDialogs } from './LibraryDialogs';
import '../library.css';

const ITEMS = [
  'library.exportAnnotations',
  'library.importAnnotations',
  'library.backup',
  'library.restore',
] as const satisfies readonly MessageKey[];
type ItemKey = (typeof ITEMS)[number];

/** The header's "Library" menu: export/import annotations (W3C JSON-LD), back up and restore the library. */
export function LibraryMenu() {
  const t = useTranslate();
  const menuId = useId();
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const restoreRef = useRef<HTMLInputElement>(null);
  const isBusy = useLibraryStore((state) => state.isBusy);
  const isReady = useAppStore((state) => state.loadStatus === 'ready');
  const show = useLibraryStore((state) => state.show);

  const run = (key: ItemKey) => {
    setOpen(false);
    if (key === 'library.exportAnnotations') show({ kind: 'export' });
    else if (key === 'library.importAnnotations') importRef.current?.click();
    else if (key === 'library.backup') void backUpLibrary();
    else restoreRef.current?.click();
  };

  useEffect(() => {
    if (!isOpen) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [isOpen]);

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const entries = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const index = entries.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key as 'ArrowDown' | 'ArrowUp'];
    if (step) {
      event.preventDefault();
      entries[(index + step + entries.length) % entries.length]?.focus();
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') buttonRef.current?.focus();
    }
  };

  const pickFile = (event: React.ChangeEvent<HTMLInputElement>, handle: (file: File) => Promise<void>) => {
    const file = event.currentTarget.files?.[0];
    // Cleared so picking the same file again fires change again.
    event.currentTarget.value = '';
    if (file) void handle(file);
  };

  return (
    <div className="library-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet"
        aria-label={t('library.menu.label')}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={menuId}
        disabled={!isReady || isBusy}
        onClick={() => setOpen(!isOpen)}
      >
        {t('library.menu')}
      </button>
      <ul
        ref={menuRef}
        id={menuId}
        role="menu"
        aria-label={t('library.menu')}
        className="library-menu__list"
        hidden={!isOpen}
        onKeyDown={onMenuKey}
      >
        {ITEMS.map((item) => (
          <li key={item} role="none">
            <button
              type="button"
              role="menuitem"
              className="library-menu__item"
              tabIndex={-1}
              onClick={() => run(item)}
            >
              {t(item)}
            </button>
          </li>
        ))}
      </ul>
      <input
        ref={importRef}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        hidden
        aria-label={t('library.importAnnotations')}
        onChange={(event) => pickFile(event, importAnnotations)}
      />
      <input
        ref={restoreRef}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('library.restore')}
        onChange={(event) => pickFile(event, chooseBackupFile)}
      />
      <LibraryDialogs />
    </div>
  );
}
