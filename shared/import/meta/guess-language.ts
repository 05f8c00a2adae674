const GERMAN_WORDS = new Set([
  'der',
  'die',
  'das',
  'und',
  'nicht',
  'mit',
  'ist',
  'auf',
  'für',
  'von',
  'den',
  'ein',
  'eine',
  'sich',
  'auch',
  'im',
  'dem',
  'wird',
  'zu',
  'bei',
]);
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'that',
  'for',
  'with',
  'on',
  'as',
  'by',
  'was',
  'are',
  'it',
  'from',
  'this',
  'has',
  'its',
  'an',
]);

/** Reduces a declared language ("de-DE", "de_AT", " EN ") to a lower-case primary tag, or null. */
export function primaryLanguageTag(declared: string | null | undefined): string | null {
  if (declared === null || declared === undefined) return null;
  const match = /^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8})*\s*$/u.exec(declared);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Guesses German or English from common function words; German (the app's audience) when unsure. */
export function guessLanguage(text: string): string {
  let german = 0;
  let english = 0;
  for (const word of text
    .slice(0, 20000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (GERMAN_WORDS.has(word)) german += 1;
    if (ENGLISH_WORDS.has(word)) english += 1;
  }
  return english > german * 1.5 && english >= 5 ? 'en' : 'de';
}
