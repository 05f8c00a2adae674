/** One CSV record: its fields (quotes removed) and the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** Fields past MAX_FIELDS_PER_RECORD: counted, not stored (a hostile line of millions of commas). */
  extraFields?: number;
}

const MAX_UNESCAPED_CHARS = 4096;

/** Fields kept per record; no price export comes near it. */
export const MAX_FIELDS_PER_RECORD = 256;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Splits text into RFC 4180 records: quoted fields may hold delimiters, newlines and doubled quotes.
 * Lenient where real exports are sloppy: text after a closing quote joins the field, a quote inside an
 * unquoted field is literal, and a quote never closed before the end of the text is re-read as a literal
 * character (quoting is then switched off for the rest, so the work stays linear).
 * Blank lines yield no record. `maxRecords` stops early (used to sniff the delimiter on a prefix).
 */
export function tokenizeCsv(text: string, delimiter: string, maxRecords = Infinity): CsvRecord[] {
  const records: CsvRecord[] = [];
  const delim = delimiter.charCodeAt(0);
  const length = text.length;
  let isQuotingOn = true;
  let pos = 0;
  let line = 1;
  while (pos < length && records.length < maxRecords) {
    const recordLine = line;
    const recordStart = pos;
    const lineAtStart = line;
    const fields: string[] = [];
    let isRecordDone = false;
    let hasContent = false;
    let extraFields = 0;
    while (!isRecordDone) {
      let value = '';
      if (isQuotingOn && text.charCodeAt(pos) === QUOTE) {
        let cursor = pos + 1;
        let isClosed = false;
        let hasDoubledQuote = false;
        while (cursor < length) {
          const next = text.indexOf('"', cursor);
          if (next < 0) break;
          if (text.charCodeAt(next + 1) === QUOTE) {
            hasDoubledQuote = true;
            cursor = next + 2;
          } else {
            // Unescaping a huge field (millions of doubled quotes) costs seconds, and no such field can hold
            // a date or a number anyway: those keep their doubled quotes.
            const inner = text.slice(pos + 1, next);
            value =
              hasDoubledQuote && inner.length <= MAX_UNESCAPED_CHARS ? inner.replaceAll('""', '"') : inner;
            cursor = next + 1;
            isClosed = true;
            break;
          }
        }
        if (!isClosed) {
          // Unterminated quote: start this record again with quotes read literally.
          isQuotingOn = false;
          pos = recordStart;
          line = lineAtStart;
          fields.length = 0;
          extraFields = 0;
          continue;
        }
        for (let k = pos; k < cursor; k++) if (text.charCodeAt(k) === LF) line++;
        pos = cursor;
        hasContent = true;
      }
      const start = pos;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === delim || c === CR || c === LF) break;
        pos++;
      }
      value += text.slice(start, pos);
      if (value.length > 0) hasContent = true;
      if (fields.length < MAX_FIELDS_PER_RECORD) fields.push(value);
      else extraFields++;
      const stop = pos < length ? text.charCodeAt(pos) : -1;
      if (stop === delim) {
        pos++;
        hasContent = true;
        continue;
      }
      if (stop === CR) pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      else if (stop === LF) pos++;
      if (stop !== -1) line++;
      isRecordDone = true;
    }
    if (hasContent)
      records.push(
        extraFields > 0 ? { fields, line: recordLine, extraFields } : { fields, line: recordLine },
      );
  }
  return records;
}
