import { plainTextToBlocks } from '../../text/plain-text-blocks';
import type { DraftFileFacts } from '../finish-draft';
import { finishDraft } from '../finish-draft';
import { checkSourceLength } from '../article-limits';
import { controlCharacterWarnings } from '../encoding/control-warning';
import { readTextFile } from '../encoding/read-text-file';
import type { ParsedArticle } from '../parsed-article';

const MAX_TITLE_LINE_CODE_UNITS = 150;

/** True when the text opens with a short line that reads as a headline rather than a sentence. */
export function firstLineLooksLikeTitle(text: string): boolean {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0];
  if (first === undefined || lines.length < 2) return false;
  return (
    first.length <= MAX_TITLE_LINE_CODE_UNITS &&
    !/[.,;:]$/u.test(first) &&
    !/^(?:[-*•–]|\d{1,2}[.)])\s/u.test(first)
  );
}

/** Reads a .txt article: encoding detected, first line as title when it looks like one. */
export function parseTxtArticle(bytes: Uint8Array, facts: DraftFileFacts): ParsedArticle {
  const { text, removedControlCount } = readTextFile(bytes, facts.fileName);
  checkSourceLength(facts.fileName, text.length, facts.limits);
  const { title, blocks } = plainTextToBlocks(text, { firstLineIsTitle: firstLineLooksLikeTitle(text) });
  return {
    article: finishDraft(facts, blocks, { title }),
    warnings: controlCharacterWarnings(facts.fileName, removedControlCount),
  };
}
