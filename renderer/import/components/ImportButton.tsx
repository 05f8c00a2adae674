import { useRef } from 'react';
import type { ImportFormats } from '../../../shared/ipc-contract';
import { CSV_EXTENSIONS, IMPORT_FILE_EXTENSIONS } from '../../../shared/import-pipeline/import-file-rules';
import { useImportStore } from '../import-store';
import { useImportText } from '../import-text';
import { importFiles, pickAndImportFiles } from '../services/import-runtime';

const toAccept = (extensions: readonly string[]) => extensions.map((extension) => `.${extension}`).join(',');

// What the page's file picker offers, by the formats the button imports (Electron's dialog filters the same).
const ACCEPT: Record<ImportFormats, string> = {
  all: toAccept(IMPORT_FILE_EXTENSIONS),
  'price-data': toAccept(CSV_EXTENSIONS),
};

/** Props of ImportButton: defaults are the header's button for every format. */
interface ImportButtonProps {
  /** Visible text and accessible name; the header's "Importieren…" when left out. */
  text?: string;
  label?: string;
  /** Which files the picker or dialog offers: every import format (default) or price data only. */
  formats?: ImportFormats;
  className?: string;
}

/** An import button: Electron's native dialog, or the page's hidden multi-file input. */
export function ImportButton({
  text,
  label,
  formats = 'all',
  className = 'button button--quiet',
}: ImportButtonProps) {
  const t = useImportText();
  const inputRef = useRef<HTMLInputElement>(null);
  const isBusy = useImportStore((state) => state.progress !== null);

  const open = () => {
    if (!pickAndImportFiles(formats)) inputRef.current?.click();
  };

  return (
    <>
      <button
        type="button"
        className={className}
        aria-label={label ?? t('import.button.label')}
        disabled={isBusy}
        onClick={open}
      >
        {text ?? t('import.button')}
      </button>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={ACCEPT[formats]}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so picking the same file again fires change again.
          event.currentTarget.value = '';
          void importFiles(files);
        }}
      />
    </>
  );
}
