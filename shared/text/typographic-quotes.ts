// Straight quotes are a typewriter habit; German text sets „…“ and English “…”. Each replacement is one
// UTF-16 code unit for one, so every offset into the text (annotations, figures) stays where it was.
const OPENING_CONTEXT = /[\s([{\u2013\u2014/-]/u;

/** Replaces straight double quotes and apostrophes with the typographic ones of `language` (de: „“, else “”). */
export function typographicQuotes(text: string, language: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const isGerman = language.toLowerCase().startsWith('de');
  const open = isGerman ? '\u201e' : '\u201c';
  const close = isGerman ? '\u201c' : '\u201d';
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    const before = index === 0 ? ' ' : text[index - 1]!;
    if (char === '"') result += OPENING_CONTEXT.test(before) ? open : close;
    // Only an apostrophe between letters (Alibaba's, geht's): a lone single quote is left as it is.
    else if (char === "'" && /\p{L}/u.test(before) && /\p{L}|$/u.test(text[index + 1] ?? ''))
      result += '\u2019';
    else result += char;
  }
  return result;
}
