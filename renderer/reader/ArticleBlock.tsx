import type { TextBlock } from '../../shared/model/article';
import type { HighlightRange } from './highlight-ranges';
import { HighlightedText } from './HighlightedText';

/** Props of ArticleBlock. */
interface ArticleBlockProps {
  block: TextBlock;
  startCodePoints: number;
  ranges: readonly HighlightRange[];
}

/** One block of an article body as its HTML element (sub-heading, paragraph, list item, quotation). */
export function ArticleBlock({ block, startCodePoints, ranges }: ArticleBlockProps) {
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
