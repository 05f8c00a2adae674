/** A sentence as a half-open UTF-16 range of the working text. */
export interface SentenceRange {
  from: number;
  to: number;
  /** 'en' when the sentence reads as English, else 'de'. */
  language: 'de' | 'en';
}

// Words German and English news abbreviate with a full stop; a dot after them ends no sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:ca|mrd|mio|tsd|bio|rd|nr|bzw|vgl|evtl|ggf|inkl|zzgl|etc|usw|dr|prof|st|bspw|z\.\s?b|u\.\s?a|d\.\s?h|v\.\s?a|o\.\s?ä|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|vs|mr|mrs|inc|corp|ltd|co|no|approx|pkt|mind|max|min|abs|akt|jh|sfr)$/i;
const MONTH_AFTER =
  /^\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Quartal|Jahrhundert|Platz)\b/u;
const ENGLISH_WORDS = /\b(?:the|and|of|to|shares|stock|its|from|with|price|is|was|at|on|analysts|said)\b/gi;
const GERMAN_WORDS = /\b(?:der|die|das|und|den|dem|mit|von|ist|auf|für|sich|nicht|eine?|zu|im|bei|Aktie)\b/gi;

/** Guesses whether a passage is English or German by counting common function words. */
export function guessLanguage(text: string): 'de' | 'en' {
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  const german = text.match(GERMAN_WORDS)?.length ?? 0;
  return english > german ? 'en' : 'de';
}

/** Splits text into sentences at line breaks and at . ! ? … followed by a new sentence; language per sentence unless given. */
export function splitSentences(text: string, fallbackLanguage: 'de' | 'en' | null): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let from = 0;
  const push = (to: number): void => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) {
      ranges.push({
        from: start,
        to: end,
        language: fallbackLanguage ?? guessLanguage(text.slice(start, end)),
      });
    }
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if (char === '\n' || char === '\r' || char === '\u2028' || char === '\u2029') {
      push(index);
      from = index + 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?' && char !== '…') continue;
    const next = text[index + 1];
    if (next === undefined || !/\s/.test(next)) continue;
    if (char === '.') {
      const before = text.slice(Math.max(from, index - 8), index);
      if (ABBREVIATION.test(before)) continue;
      if (/(?:^|\D)\d{1,2}$/.test(before) && MONTH_AFTER.test(text.slice(index + 1, index + 20))) continue;
    }
    // Only a capital letter, digit, quote or bracket after the gap starts a new sentence.
    let look = index + 1;
    while (look < text.length && (text[look] === ' ' || text[look] === '\t' || text[look] === '\u00A0'))
      look += 1;
    const head = text[look] ?? '';
    if (!/[\p{Lu}\d"„“«([*•-]/u.test(head)) continue;
    push(index + 1);
    from = index + 1;
  }
  push(text.length);
  return ranges;
}
