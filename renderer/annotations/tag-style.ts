import { TAG_VOCABULARY, type VocabularyTag } from '../../shared/model/annotation';
import { isVocabularyTag } from '../../shared/annotations/tags';
import type { MessageKey } from '../i18n/messages';

/** A glyph per vocabulary tag on its buttons, chips, PDF and Markdown: with the line pattern, never colour alone. */
export const TAG_GLYPHS: Record<VocabularyTag, string> = {
  bullish: '▲',
  bearish: '▼',
  risk: '⚠',
  catalyst: '⚡',
  question: '?',
  'to-check': '✓',
};

/** The vocabulary tag that colours an annotation (its first tag when that is one), else null. */
export function colourTagOf(tags: readonly string[]): VocabularyTag | null {
  const first = tags[0];
  return first !== undefined && isVocabularyTag(first) ? first : null;
}

/** How an annotation is drawn: by its vocabulary tag, or 'free' (free-form tags or none). */
export type TagModifier = VocabularyTag | 'free';

/** Every modifier, the vocabulary in display order and then 'free'. */
export const TAG_MODIFIERS: readonly TagModifier[] = [...TAG_VOCABULARY, 'free'];

/** CSS modifier for a tag list: 'bullish' … 'to-check', or 'free' (free-form tags or none). */
export function tagModifier(tags: readonly string[]): TagModifier {
  return colourTagOf(tags) ?? 'free';
}

/** Message key of a vocabulary tag's label. */
export function tagLabelKey(tag: VocabularyTag): MessageKey {
  return `annotations.tag.${tag}`;
}

/** The vocabulary in display order (also the order of the Alt+1…Alt+6 shortcuts). */
export const TOOLBAR_TAGS: readonly VocabularyTag[] = TAG_VOCABULARY;
