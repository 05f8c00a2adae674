/** Why a file's text could not even be read as JSON. */
export type JsonFileError =
  | { code: 'file-too-large'; values: { sizeChars: number; limitChars: number } }
  | { code: 'not-json'; values: { detail: string } };

/** Parses a file's text as JSON, refusing it before parsing when it is longer than `limitChars`. */
export function readJsonFile(
  text: string,
  limitChars: number,
): { ok: true; value: unknown } | { ok: false; error: JsonFileError } {
  if (text.length > limitChars) {
    return { ok: false, error: { code: 'file-too-large', values: { sizeChars: text.length, limitChars } } };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // Also catches the RangeError of absurdly deep nesting.
    return {
      ok: false,
      error: { code: 'not-json', values: { detail: error instanceof Error ? error.message : String(error) } },
    };
  }
}
