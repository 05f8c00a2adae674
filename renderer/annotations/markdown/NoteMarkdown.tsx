import { Fragment, type ReactNode } from 'react';
import { parseNote, type InlineNode } from './parse-note';

/** Props of NoteMarkdown. */
interface NoteMarkdownProps {
  note: string;
  /** Called instead of following a link: the caller asks the user first. */
  onOpenLink: (href: string) => void;
}

function renderInline(nodes: readonly InlineNode[], onOpenLink: (href: string) => void): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'em':
        return <em key={index}>{renderInline(node.children, onOpenLink)}</em>;
      case 'strong':
        return <strong key={index}>{renderInline(node.children, onOpenLink)}</strong>;
      case 'link':
        return (
          <a
            key={index}
            href={node.href}
            rel="noopener noreferrer"
            onClick={(event) => {
              // Never navigate directly: the app window must not leave the app, and the user confirms first.
              event.preventDefault();
              onOpenLink(node.href);
            }}
          >
            {renderInline(node.children, onOpenLink)}
          </a>
        );
    }
  });
}

/** A note rendered as light Markdown, built as React elements (text is never parsed as HTML). */
export function NoteMarkdown({ note, onOpenLink }: NoteMarkdownProps) {
  return (
    <div className="ann-note">
      {parseNote(note).map((block, index) =>
        block.type === 'paragraph' ? (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 ? <br /> : null}
                {renderInline(line, onOpenLink)}
              </Fragment>
            ))}
          </p>
        ) : block.ordered ? (
          <ol key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderInline(item, onOpenLink)}</li>
            ))}
          </ol>
        ) : (
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>{renderInline(item, onOpenLink)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
