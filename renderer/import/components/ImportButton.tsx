import { useRef } from 'react';
import { IMPORT_FILE_EXTENSIONS } from '../../../shared/import-pipeline/import-file-rules';
import { useImportStore } from '../import-store';
import { useImportText } from '../import-text';
import { importFiles, pickAndImportFiles } from '../services/import-runtime';

const ACCEPT = IMPORT_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** Props of ImportButton: defaults are the header's button for every format. */
interface ImportButtonProps {
  /** Visible text and accessible name; the header's "Importieren…" when left out. */
  text?: string;
  label?: string;
  /** Extensions the page's file picker offers (Electron's dialog always offers every import format). */
  accept?: string;
  className?: string;
}

/** An import button: Electron's native dialog, or the page's hidden multi-file input. */
export function ImportButton({
  text,
  label,
  accept = ACCEPT,
  className = 'button button--quiet',
}: ImportButtonProps) {
  const t = useImportText();
  const inputRef = useRef<HTMLInputElement>(null);
  const isBusy = useImportStore((state) => state.progress !== null);

  const open = () => {
    if (!pickAndImportFiles()) inputRef.current?.click();
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
        accept={accept}
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
