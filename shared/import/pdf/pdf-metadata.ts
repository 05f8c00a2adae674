import type { FoundMetadata } from '../finish-draft';
import { parseDateValue } from '../meta/parse-date';

// Titles that authoring tools write when the author gave none.
const PLACEHOLDER_TITLE =
  /^(?:untitled|unbenannt|ohne titel|document\d*|dokument\d*|microsoft word - .*|.*\.(?:docx?|odt|pdf|rtf))$/iu;

function stringOf(info: Record<string, unknown>, key: string): string | null {
  const value = info[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Reads Title, CreationDate, Author/Producer-free metadata from pdf.js's info dictionary. */
export function readPdfMetadata(info: unknown): FoundMetadata {
  if (typeof info !== 'object' || info === null) return {};
  const record = info as Record<string, unknown>;
  const rawTitle = stringOf(record, 'Title');
  const title = rawTitle !== null && !PLACEHOLDER_TITLE.test(rawTitle) ? rawTitle : null;
  const created = stringOf(record, 'CreationDate') ?? stringOf(record, 'ModDate');
  const isoDate = created === null ? null : parseDateValue(created);
  return {
    title,
    language: stringOf(record, 'Language'),
    // A creation date is when the PDF was made: close to publication, but the printed date wins.
    date:
      isoDate === null
        ? null
        : { isoDate, source: 'pdf-metadata', detail: 'PDF creation date', isWeak: true },
  };
}
