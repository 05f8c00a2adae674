import { checkSourceLength } from '../article-limits';
import { controlCharacterWarnings } from '../encoding/control-warning';
import { readTextFile } from '../encoding/read-text-file';
import type { DraftFileFacts, FoundDate } from '../finish-draft';
import { finishDraft } from '../finish-draft';
import { parseDateValue } from '../meta/parse-date';
import type { ParsedArticle } from '../parsed-article';
import { pickField, splitFrontMatter } from './front-matter';
import { markdownToBlocks } from './markdown-blocks';
import { markdownInlineToText } from './markdown-inline';

const DATE_KEYS = ['date', 'published', 'publishedon', 'published_on', 'pubdate', 'datepublished'] as const;

function frontMatterDate(fields: Record<string, string>): FoundDate | null {
  for (const key of DATE_KEYS) {
    const value = pickField(fields, [key]);
    const isoDate = value === null ? null : parseDateValue(value);
    if (isoDate !== null) return { isoDate, source: 'front-matter', detail: `front matter "${key}"` };
  }
  return null;
}

/** Reads a Markdown article: front matter for metadata, block structure as text blocks, no HTML. */
export function parseMarkdownArticle(bytes: Uint8Array, facts: DraftFileFacts): ParsedArticle {
  const { text, removedControlCount } = readTextFile(bytes, facts.fileName);
  checkSourceLength(facts.fileName, text.length, facts.limits);
  const { fields, body } = splitFrontMatter(text.replace(/\r\n?/gu, '\n'));
  const title = pickField(fields, ['title', 'headline']);
  const article = finishDraft(facts, markdownToBlocks(body), {
    title: title === null ? null : markdownInlineToText(title),
    source: pickField(fields, ['source', 'publisher', 'site', 'site_name', 'quelle']),
    date: frontMatterDate(fields),
    language: pickField(fields, ['lang', 'language', 'sprache']),
  });
  return { article, warnings: controlCharacterWarnings(facts.fileName, removedControlCount) };
}
