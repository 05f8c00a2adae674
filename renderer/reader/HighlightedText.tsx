import { useMemo } from 'react';
import { segmentBlock, type HighlightRange } from './highlight-ranges';

/** Props of HighlightedText. */
interface HighlightedTextProps {
  text: string;
  /** Where this text starts in the article's full text, in code points. */
  startCodePoints: number;
  ranges: readonly HighlightRange[];
}

/**
 * One block's text with every range that touches it wrapped in <mark>. A run covered by several ranges
 * gets all their classes and ids, so overlapping marks (figures, the passage flash) compose.
 */
export function HighlightedText({ text, startCodePoints, ranges }: HighlightedTextProps) {
  const segments = useMemo(
    () => segmentBlock(text, startCodePoints, ranges),
    [text, startCodePoints, ranges],
  );
  return (
    <>
      {segments.map((segment, index) =>
        segment.ranges.length === 0 ? (
          segment.text
        ) : (
          <mark
            key={index}
            className={['highlight', ...segment.ranges.map((range) => range.className)].join(' ')}
            data-range-ids={segment.ranges.map((range) => range.id).join(' ')}
          >
            {segment.text}
          </mark>
        ),
      )}
    </>
  );
}
