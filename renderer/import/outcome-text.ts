import type { UiLanguage } from '../../shared/ipc-contract';
import type { FileOutcome } from './import-store';
import { importText, isImportMessageKey } from './import-text';

/** The localised one-line reason or detail shown beside a file in the import report. */
export function outcomeDetail(language: UiLanguage, outcome: FileOutcome): string {
  switch (outcome.status) {
    case 'imported':
      return importText(language, 'import.detail.imported');
    case 'duplicate':
      return importText(language, 'import.detail.duplicate');
    case 'updated':
      return importText(language, 'import.detail.updated', {
        reanchored: outcome.reanchoredCount,
        orphans: outcome.orphanCount,
      });
    case 'series-imported':
      return importText(language, 'import.detail.series', {
        bars: outcome.barsKept,
        listing: outcome.listing,
      });
    case 'series-pending':
      return importText(language, 'import.detail.seriesPending', { bars: outcome.barsKept });
    case 'series-skipped':
      return importText(language, 'import.detail.seriesSkipped');
    case 'rejected': {
      const key = `import.reason.${outcome.rejection.code}`;
      if (isImportMessageKey(key)) return importText(language, key, outcome.rejection.values);
      return importText(language, 'import.reason.unknown', { message: outcome.rejection.message });
    }
  }
}

/** The localised warnings of an imported article (stray characters removed, encoding guessed, …). */
export function outcomeWarnings(language: UiLanguage, outcome: FileOutcome): string[] {
  if (!('warnings' in outcome) || outcome.warnings === undefined) return [];
  return outcome.warnings.map((warning) => {
    const key = `import.articleWarning.${warning.code}`;
    return isImportMessageKey(key) ? importText(language, key, warning.values) : warning.message;
  });
}
