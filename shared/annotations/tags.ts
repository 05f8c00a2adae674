import { TAG_VOCABULARY, type VocabularyTag } from '../model/annotation';
import { ANNOTATION_LIMITS } from './limits';

// German labels typed as free-form tags mean the vocabulary tag; storing both would split the filter.
const GERMAN_LABELS: Record<string, VocabularyTag> = {
  bullisch: 'bullish',
  bärisch: 'bearish',
  risiko: 'risk',
  katalysator: 'catalyst',
  frage: 'question',
  prüfen: 'to-check',
};

/** True when `tag` is one of the fixed vocabulary tags (bullish, bearish, risk, …). */
export function isVocabularyTag(tag: string): tag is VocabularyTag {
  return (TAG_VOCABULARY as readonly string[]).includes(tag);
}

/** The vocabulary tag a typed tag stands for (its id or its German label, any case), else null. */
export function vocabularyTagOf(tag: string): VocabularyTag | null {
  const key = tag.trim().normalize('NFC').toLocaleLowerCase('de');
  if (isVocabularyTag(key)) return key;
  return GERMAN_LABELS[key] ?? null;
}

/**
 * Cleans a tag list: NFC, trimmed, inner whitespace collapsed, empty and duplicate (case-insensitive) tags
 * dropped, vocabulary tags first in vocabulary order (the first decides the colour), free tags after in
 * the order given, at most ANNOTATION_LIMITS.maxTags, each cut to maxTagLength.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const vocabulary = new Set<VocabularyTag>();
  const free = new Map<string, string>();
  for (const raw of tags) {
    const tag = raw
      .normalize('NFC')
      .replace(/\s+/gu, ' ')
      .trim()
      .slice(0, ANNOTATION_LIMITS.maxTagLength)
      .trim();
    if (tag === '') continue;
    const known = vocabularyTagOf(tag);
    if (known) vocabulary.add(known);
    else if (!free.has(tag.toLocaleLowerCase('de'))) free.set(tag.toLocaleLowerCase('de'), tag);
  }
  const ordered = TAG_VOCABULARY.filter((tag) => vocabulary.has(tag));
  return [...ordered, ...free.values()].slice(0, ANNOTATION_LIMITS.maxTags);
}
