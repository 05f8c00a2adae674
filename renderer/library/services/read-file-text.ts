/** Largest file the library reads (a backup's own limit is 512 Mi characters; beyond that, refuse early). */
export const MAX_LIBRARY_FILE_BYTES = 512 * 1024 * 1024;

/** Thrown for a picked file too large to read into memory. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
}

/**
 * Reads a picked file as UTF-8 text in the renderer (fine for JSON; Electron's renderer reads a file
 * input's File the same way). A byte-order mark is dropped; invalid bytes become U+FFFD and then fail
 * JSON parsing or the checksum with a clear reason.
 */
export async function readFileText(file: Blob, maxBytes: number = MAX_LIBRARY_FILE_BYTES): Promise<string> {
  if (file.size > maxBytes) throw new FileTooLargeError(`${file.size} bytes, at most ${maxBytes}`);
  return new TextDecoder('utf-8').decode(await file.arrayBuffer());
}
