import { useId } from 'react';
import { TAG_VOCABULARY } from '../../../shared/model/annotation';
import type { ExportContent, ExportFormat, ExportScope, PaperSize } from '../../../shared/export';
import type { UiLanguage } from '../../../shared/ipc-contract';
import { useTranslate } from '../../i18n/translate';
import { useAppStore } from '../../store/app-store';
import { useExportStore } from '../export-store';
import { startExportRun } from '../export-runtime';
import { ChoiceGroup } from './ChoiceGroup';
import { CheckList } from './CheckList';
import { ExportProgressView } from './ExportProgressView';
import { useModalDialog } from '../../components/hooks/use-modal-dialog';
import '../export.css';

/** The export dialog: format, scope, tags, content, chart, paper, label language; progress and messages. */
export function ExportDialog() {
  const t = useTranslate();
  const titleId = useId();
  const { isOpen, options, progress, message, close, setOptions } = useExportStore();
  const articles = useAppStore((state) => state.articles);
  const isBusy = progress !== null;
  const dialogRef = useModalDialog(isOpen);

  const isPdf = options.format === 'pdf';
  return (
    <dialog
      ref={dialogRef}
      className="dialog export-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Esc during an export would hide a run that is still going: cancel it first.
        if (isBusy) event.preventDefault();
      }}
      onClose={close}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void startExportRun();
        }}
      >
        <div className="dialog__header">
          <h2 id={titleId} className="dialog__title">
            {t('export.title')}
          </h2>
        </div>
        <div className="export-dialog__body">
          <ChoiceGroup<ExportFormat>
            legend={t('export.format')}
            value={options.format}
            choices={[
              { value: 'pdf', label: t('export.format.pdf') },
              { value: 'markdown', label: t('export.format.markdown') },
            ]}
            onChange={(format) => setOptions({ format })}
            isDisabled={isBusy}
          />
          <ChoiceGroup<ExportScope>
            legend={t('export.scope')}
            value={options.scope}
            choices={(['current', 'chosen', 'all'] as const).map((scope) => ({
              value: scope,
              label: t(`export.scope.${scope}`),
            }))}
            onChange={(scope) => setOptions({ scope })}
            isDisabled={isBusy}
          />
          {options.scope === 'chosen' && (
            <CheckList
              legend={t('export.articles')}
              items={articles.map((article) => ({ id: article.id, label: article.title }))}
              checkedIds={options.chosenArticleIds}
              onChange={(chosenArticleIds) => setOptions({ chosenArticleIds })}
            />
          )}
          <CheckList
            legend={t('export.tags')}
            items={TAG_VOCABULARY.map((tag) => ({ id: tag, label: t(`annotations.tag.${tag}`) }))}
            checkedIds={options.tags}
            onChange={(tags) => setOptions({ tags })}
          />
          <ChoiceGroup<ExportContent>
            legend={t('export.content')}
            value={options.content}
            choices={(['excerpts', 'full-text'] as const).map((content) => ({
              value: content,
              label: t(`export.content.${content}`),
            }))}
            onChange={(content) => setOptions({ content })}
            isDisabled={isBusy || !isPdf}
          />
          <ChoiceGroup<PaperSize>
            legend={t('export.paper')}
            value={options.paper}
            choices={(['A4', 'LETTER'] as const).map((paper) => ({
              value: paper,
              label: t(`export.paper.${paper}`),
            }))}
            onChange={(paper) => setOptions({ paper })}
            isDisabled={isBusy || !isPdf}
          />
          <ChoiceGroup<UiLanguage>
            legend={t('export.labelLanguage')}
            value={options.labelLanguage}
            choices={[
              { value: 'de', label: 'Deutsch' },
              { value: 'en', label: 'English' },
            ]}
            onChange={(labelLanguage) => setOptions({ labelLanguage })}
            isDisabled={isBusy}
          />
          <label className="export-dialog__choice export-dialog__chart">
            <input
              type="checkbox"
              checked={options.includeChart}
              disabled={isBusy || !isPdf}
              onChange={(event) => setOptions({ includeChart: event.currentTarget.checked })}
            />
            {t('export.includeChart')}
          </label>
        </div>
        {message !== null && (
          <p className="export-dialog__message" role="alert">
            {message}
          </p>
        )}
        <ExportProgressView />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={close} disabled={isBusy}>
            {t('export.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={isBusy} autoFocus>
            {t('export.start')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
