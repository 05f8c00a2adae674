const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  euro: '€',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  copy: '©',
};

/** Decodes HTML character references (named subset, decimal and hex); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z]{2,8});/gu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const isValid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return isValid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Drops <!-- comments --> in one linear pass (an unclosed comment runs to the end, as in HTML). */
function removeHtmlComments(text: string): string {
  let result = '';
  let position = 0;
  for (;;) {
    const start = text.indexOf('<!--', position);
    if (start < 0) return result + text.slice(position);
    result += text.slice(position, start);
    const end = text.indexOf('-->', start + 4);
    if (end < 0) return result;
    position = end + 3;
  }
}

// Placeholders keep escaped characters away from the emphasis rules (private-use code points).
const ESCAPE_BASE = 0xe000;

/**
 * Reduces inline Markdown to its text: links and images to their text/alt, emphasis and code marks
 * dropped, HTML tags dropped (their text kept), escapes and entities resolved. Never yields markup.
 */
export function markdownInlineToText(source: string): string {
  let text = source.replace(/\\([\\`*_{}[\]()#+\-.!|<>~"'])/gu, (_whole, char: string) =>
    String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)),
  );
  // Every pattern's inner part stops at its own delimiter, so unclosed marks cost linear time, not quadratic.
  text = removeHtmlComments(text)
    .replace(/`+([^`]+?)`+/gu, (_whole, code: string) => code.trim())
    .replace(/!\[([^[\]]*)\]\([^()]*\)/gu, '$1')
    .replace(/!\[([^[\]]*)\]\[[^[\]]*\]/gu, '$1')
    .replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu, '$1')
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/gu, '$1')
    .replace(/<((?:https?|mailto|ftp):[^\s<>]+)>/giu, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/gu, '')
    .replace(/\*\*(?=\S)((?:[^*\n]|\*(?!\*))*?\S)\*\*/gu, '$1')
    .replace(/__(?=\S)((?:[^_\n]|_(?!_))*?\S)__/gu, '$1')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)([^~\n]*?\S)~~/gu, '$1');
  text = decodeEntities(text);
  return text.replace(/[\ue000-\ue0ff]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
}
