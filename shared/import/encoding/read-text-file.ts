import { ArticleImportFailure, importError } from '../article-draft';
import { hasBinarySignature, looksLikeBinaryText, stripControlCharacters } from './binary-sniff';
import { decodeTextBytes, type DetectedEncoding } from './decode-text';

/** Decoded text of a plain-text-like file (txt, md) with the encoding it was read as. */
export interface TextFileContent {
  text: string;
  encoding: DetectedEncoding;
  /** Control and bidi characters removed from the text (stray bytes in otherwise normal text). */
  removedControlCount: number;
}

/** Decodes a text file (stray control characters removed) or throws a typed 'binary-data', 'encoding' or 'empty' failure. */
export function readTextFile(bytes: Uint8Array, fileName: string): TextFileContent {
  if (hasBinarySignature(bytes)) {
    throw new ArticleImportFailure(
      importError('binary-data', `${fileName} is a binary file, not text.`, { fileName }),
    );
  }
  const decoded = decodeTextBytes(bytes);
  if (!decoded.ok) {
    throw new ArticleImportFailure(
      importError('encoding', `${fileName} could not be decoded: ${decoded.reason}.`, {
        fileName,
        reason: decoded.reason,
      }),
    );
  }
  if (looksLikeBinaryText(decoded.text)) {
    throw new ArticleImportFailure(
      importError('binary-data', `${fileName} contains binary data, not text.`, { fileName }),
    );
  }
  const { text, removedCount } = stripControlCharacters(decoded.text);
  if (text.trim() === '') {
    throw new ArticleImportFailure(importError('empty', `${fileName} holds no text.`, { fileName }));
  }
  return { text: text.normalize('NFC'), encoding: decoded.encoding, removedControlCount: removedCount };
}
