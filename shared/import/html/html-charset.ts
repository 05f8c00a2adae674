import { decodeWithLabel, detectBom } from '../encoding/decode-text';
import { makeTextDecoder } from '../host-globals';
import { decodeWindows1252 } from '../encoding/windows-1252';

/** An HTML page's text with the charset it was decoded as and how that was decided. */
export interface DecodedHtml {
  html: string;
  charset: string;
  decidedBy: 'bom' | 'meta' | 'utf-8-valid' | 'fallback';
  /** The declared label when the host could not decode it (the page was read as a fallback). */
  unknownLabel: string | null;
}

// The HTML spec's prescan looks at the first 1024 bytes for a declared charset.
const PRESCAN_BYTES = 1024;

/** Finds the charset a page declares in its first 1024 bytes (<meta charset>, http-equiv, XML declaration). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/gu, '');
  const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu.exec(head);
  if (metaCharset?.[1]) return metaCharset[1].toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  return xml?.[1] ? xml[1].toLowerCase() : null;
}

function decodeUtf8(bytes: Uint8Array, isFatal: boolean): string | null {
  try {
    return makeTextDecoder('utf-8', isFatal).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a saved page: BOM first, then the declared charset, then UTF-8 if valid, else Windows-1252. */
export function decodeHtmlBytes(bytes: Uint8Array): DecodedHtml {
  const bom = detectBom(bytes);
  if (bom !== null) {
    const body = bytes.subarray(bom === 'utf-8' ? 3 : 2);
    return { html: decodeWithLabel(body, bom) ?? '', charset: bom, decidedBy: 'bom', unknownLabel: null };
  }
  let declared = sniffDeclaredCharset(bytes);
  // A page cannot declare itself UTF-16 in ASCII bytes; browsers read that declaration as UTF-8.
  if (declared !== null && /^utf-?16/u.test(declared)) declared = 'utf-8';
  let unknownLabel: string | null = null;
  if (declared !== null) {
    const html =
      declared === 'utf-8' || declared === 'utf8'
        ? decodeUtf8(bytes, false)
        : decodeWithLabel(bytes, declared);
    if (html !== null) return { html, charset: declared, decidedBy: 'meta', unknownLabel: null };
    unknownLabel = declared;
  }
  const utf8 = decodeUtf8(bytes, true);
  if (utf8 !== null) return { html: utf8, charset: 'utf-8', decidedBy: 'utf-8-valid', unknownLabel };
  return { html: decodeWindows1252(bytes), charset: 'windows-1252', decidedBy: 'fallback', unknownLabel };
}
