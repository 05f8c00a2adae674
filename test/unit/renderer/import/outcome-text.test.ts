import { describe, expect, it } from 'vitest';
import type {
  ArticleImportErrorCode,
  ArticleParseWarningCode,
} from '../../../../shared/import/article-draft';
import type { CsvErrorCode } from '../../../../shared/import/csv';
import type { FileRejectionCode } from '../../../../shared/import-pipeline/parsed-import-file';
import { isImportMessageKey } from '../../../../renderer/import/import-text';
import { outcomeDetail, outcomeWarnings } from '../../../../renderer/import/outcome-text';
import type { FileOutcome } from '../../../../renderer/import/import-store';

function rejected(stage: 'file' | 'article' | 'csv', code: string, values: Record<string, string | number>) {
  return {
    fileName: 'datei.txt',
    status: 'rejected',
    rejection: { stage, code, message: 'English', values },
  } as const;
}

// Every code a parser or host can reject with; `satisfies` makes the list fail to compile when one is missing.
const REJECTION_CODES = {
  'unsupported-type': 1,
  empty: 1,
  'too-large': 1,
  'corrupt-pdf': 1,
  'encrypted-pdf': 1,
  'binary-data': 1,
  encoding: 1,
  'no-article-text': 1,
  'too-complex': 1,
  'too-many-blocks': 1,
  'too-much-text': 1,
  timeout: 1,
  internal: 1,
  unreadable: 1,
  cancelled: 1,
  'worker-failed': 1,
  'answer-too-large': 1,
  'too-many-lines': 1,
  'no-header': 1,
  'no-date-column': 1,
  'no-price-column': 1,
  'wrong-field-count': 1,
  'no-rows': 1,
} satisfies Record<ArticleImportErrorCode | FileRejectionCode | CsvErrorCode, 1>;

const WARNING_CODES = {
  'charset-unknown': 1,
  'charset-guessed': 1,
  'readability-fallback': 1,
  'pdf-pages-failed': 1,
  'markup-dropped': 1,
  'control-characters-removed': 1,
} satisfies Record<ArticleParseWarningCode, 1>;

describe('import report texts', () => {
  it('has a German and English reason for every rejection code and warning', () => {
    const missing = [
      ...Object.keys(REJECTION_CODES).map((code) => `import.reason.${code}`),
      ...Object.keys(WARNING_CODES).map((code) => `import.articleWarning.${code}`),
    ].filter((key) => !isImportMessageKey(key));
    expect(missing).toEqual([]);
  });

  it('says in German why a too-long article was refused, with the limit grouped the German way', () => {
    const outcome = rejected('article', 'too-much-text', {
      fileName: 'datei.txt',
      characters: 10_000_000,
      maxCharacters: 1_000_000,
    });
    expect(outcomeDetail('de', outcome)).toBe(
      'Die Datei enthält 10.000.000 Zeichen Text; ein Artikel darf höchstens 1.000.000 haben. Nichts wurde gespeichert.',
    );
    expect(outcomeDetail('en', outcome)).toContain('at most 1,000,000');
  });

  it('shows a too-complex page in German, not the parser’s English message', () => {
    const text = outcomeDetail('de', rejected('article', 'too-complex', { limit: 20_000 }));
    expect(text).toBe(
      'Die Seite hat zu viele oder zu tief verschachtelte Elemente, um sicher gelesen zu werden (Grenze: 20.000).',
    );
  });

  it('names the line limit, not the size limit, for a CSV with too many rows', () => {
    const text = outcomeDetail(
      'de',
      rejected('csv', 'too-many-lines', { lines: 1_000_002, maxLines: 200_000 }),
    );
    expect(text).toBe('Die Kursreihe hat 1.000.002 Zeilen; erlaubt sind höchstens 200.000.');
  });

  it('lists an imported article’s warnings in the UI language', () => {
    const outcome: FileOutcome = {
      fileName: 'steuerzeichen.txt',
      status: 'imported',
      articleId: 'a1',
      warnings: [
        { code: 'control-characters-removed', message: 'English', values: { fileName: 'x', count: 5 } },
      ],
    };
    expect(outcomeWarnings('de', outcome)).toEqual([
      '5 Steuerzeichen (z. B. NUL, ESC, Richtungszeichen) wurden entfernt.',
    ]);
    expect(outcomeWarnings('en', { ...outcome, warnings: [] })).toEqual([]);
  });
});
