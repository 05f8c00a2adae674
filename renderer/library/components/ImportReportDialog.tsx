import { W3C_INVALID_ITEM_MESSAGES, type W3cImportReport } from '../../../shared/annotations';
import { useAppStore } from '../../store/app-store';
import { useTranslate } from '../../i18n/translate';
import { useLibraryStore } from '../library-store';
import { LibraryDialogFrame } from './LibraryDialogFrame';

/** Props of ImportReportDialog. */
interface ImportReportDialogProps {
  result: { fileName: string; report: W3cImportReport } | null;
}

/** What an annotation import did: counts per outcome, and the items that were not imported and why. */
export function ImportReportDialog({ result }: ImportReportDialogProps) {
  const t = useTranslate();
  const language = useAppStore((state) => state.language);
  const show = useLibraryStore((state) => state.show);
  const report = result?.report;
  const rows = report
    ? ([
        ['imported', report.imported.length],
        ['orphaned', report.orphaned.length],
        ['unknownArticle', report.unknownArticle.length],
        ['alreadyPresent', report.alreadyPresent.length],
        ['invalid', report.invalid.length],
      ] as const)
    : [];
  return (
    <LibraryDialogFrame isOpen={result !== null} title={t('library.report.title')} onClose={() => show(null)}>
      <p className="library-dialog__text">
        {t('library.report.file', { fileName: result?.fileName ?? '', total: report?.total ?? 0 })}
      </p>
      <dl className="facts library-report">
        {rows.map(([key, count]) => (
          <div key={key} className="facts__row">
            <dt>{t(`library.report.${key}`)}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
      {report && report.orphaned.length > 0 ? (
        <p className="dialog__hint">{t('library.report.orphaned.hint')}</p>
      ) : null}
      {report && report.unknownArticle.length > 0 ? (
        <>
          <h3 className="dialog__section">{t('library.report.unknownArticle')}</h3>
          <ul className="library-report__items">
            {report.unknownArticle.map((item) => (
              <li key={item.index}>
                <q>{item.quote}</q> — {item.articleTitle ?? item.articleUri}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report && report.invalid.length > 0 ? (
        <>
          <h3 className="dialog__section">{t('library.report.invalid')}</h3>
          <ul className="library-report__items">
            {report.invalid.map((item) => (
              <li key={item.index}>
                {t('library.report.item', { index: item.index + 1 })}:{' '}
                {W3C_INVALID_ITEM_MESSAGES[item.code][language]} ({item.detail})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => show(null)} autoFocus>
          {t('library.close')}
        </button>
      </div>
    </LibraryDialogFrame>
  );
}
