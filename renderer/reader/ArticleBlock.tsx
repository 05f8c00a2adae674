import { memo } from 'react';
import type { TextBlock } from '../../shared/model/article';
import type { HighlightRange } from './highlight-ranges';
import { HighlightedText } from './HighlightedText';

/** Props of ArticleBlock. */
interface ArticleBlockProps {
  block: TextBlock;
  startCodePoints: number;
  /** Only the ranges touching this block (rangesInBlock), so a change elsewhere leaves it alone. */
  ranges: readonly HighlightRange[];
}

/** Whether two range lists would draw the same marks (range objects are rebuilt on every store change). */
function sameRanges(a: readonly HighlightRange[], b: readonly HighlightRange[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((range, index) => {
    const other = b[index]!;
    return (
      range.id === other.id &&
      range.startCodePoints === other.startCodePoints &&
      range.endCodePoints === other.endCodePoints &&
      range.className === other.className
    );
  });
}

/** One block of an article body as its HTML element (sub-heading, paragraph, list item, quotation). */
function ArticleBlockView({ block, startCodePoints, ranges }: ArticleBlockProps) {
  const content = <HighlightedText text={block.text} startCodePoints={startCodePoints} ranges={ranges} />;
  // Lets a DOM selection be mapped back to code-point offsets (renderer/annotations/dom-offsets.ts).
  const offsetProps = { 'data-block-start': startCodePoints };
  switch (block.kind) {
    case 'heading':
      return (
        <h2 className="reader__subheading" {...offsetProps}>
          {content}
        </h2>
      );
    case 'list-item':
      // Imports flatten lists to items; each is drawn as a bulleted line rather than regrouped.
      return (
        <p className="reader__list-item" {...offsetProps}>
          {content}
        </p>
      );
    case 'quote':
      return (
        <blockquote className="reader__quote" {...offsetProps}>
          {content}
        </blockquote>
      );
    default:
      return (
        <p className="reader__paragraph" {...offsetProps}>
          {content}
        </p>
      );
  }
}

/** ArticleBlock re-renders only when its own text or the ranges touching it change (one new highlight ≠ 40 blocks). */
export const ArticleBlock = memo(
  ArticleBlockView,
  (before, after) =>
    before.block === after.block &&
    before.startCodePoints === after.startCodePoints &&
    sameRanges(before.ranges, after.ranges),
);
