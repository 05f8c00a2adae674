import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { articleText, type TextBlock } from '../model/article';

/** SHA-256 (hex) of the article's full text: the same text imported twice gets the same hash. */
export function contentHashOf(blocks: readonly TextBlock[]): string {
  return bytesToHex(sha256(utf8ToBytes(articleText(blocks))));
}
