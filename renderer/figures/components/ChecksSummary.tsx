import { useState } from 'react';
import { useTranslate } from '../../i18n/translate';
import { useLibraryChecks } from '../use-library-checks';
import { ChecksDialog } from './ChecksDialog';
import '../figures.css';

/** The compact checks line next to the chart ("5 Prüfungen: 2 Widersprüche") and the button opening the Checks view. */
export function ChecksSummary() {
  const t = useTranslate();
  const model = useLibraryChecks();
  const [isOpen, setOpen] = useState(false);
  const count = model.items.length;
  const conflicts =
    model.conflictCount === 0
      ? t('checks.conflicts.none')
      : model.conflictCount === 1
        ? t('checks.conflicts.one')
        : t('checks.conflicts.other', { count: model.conflictCount });
  return (
    <div className="checks-summary">
      <p
        className="checks-summary__text"
        data-has-conflicts={model.conflictCount > 0}
        aria-busy={model.isPending}
      >
        {model.isPending ? t('checks.pending') : t('checks.summary', { count, conflicts })}
      </p>
      <button type="button" className="checks-summary__open" onClick={() => setOpen(true)}>
        {t('checks.open')}
      </button>
      <ChecksDialog isOpen={isOpen} model={model} onClose={() => setOpen(false)} />
    </div>
  );
}
