/** An inline piece of a note: plain text, emphasis, strong emphasis, or a link (http/https only). */
export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'em'; children: InlineNode[] }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'link'; href: string; children: InlineNode[] };

/** A block of a note: a paragraph (lines kept apart) or a bulleted/numbered list. */
export type NoteBlock =
  { type: 'paragraph'; lines: InlineNode[][] } | { type: 'list'; ordered: boolean; items: InlineNode[][] };

const LIST_ITEM = /^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/u;

/** The URL of a link if it is an absolute http(s) URL; anything else (javascript:, data:, relative) is null. */
export function safeLinkHref(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// Order matters: ** before *, links before emphasis so a URL's underscores stay literal.
const INLINE = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|_(.+?)_/u;

/**
 * Parses the inline Markdown the notes allow: **strong**, *em* / _em_, [text](http…). Everything else,
 * including HTML tags, stays literal text; a link to anything but http(s) stays literal text too.
 */
export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = INLINE.exec(rest);
    if (!match) {
      nodes.push({ type: 'text', text: rest });
      break;
    }
    if (match.index > 0) nodes.push({ type: 'text', text: rest.slice(0, match.index) });
    const [whole, linkText, linkHref, strong, strongAlt, em, emAlt] = match;
    if (linkText !== undefined && linkHref !== undefined) {
      const href = safeLinkHref(linkHref);
      nodes.push(
        href ? { type: 'link', href, children: parseInline(linkText) } : { type: 'text', text: whole },
      );
    } else if (strong !== undefined || strongAlt !== undefined) {
      nodes.push({ type: 'strong', children: parseInline(strong ?? strongAlt ?? '') });
    } else {
      nodes.push({ type: 'em', children: parseInline(em ?? emAlt ?? '') });
    }
    rest = rest.slice(match.index + whole.length);
  }
  return nodes;
}

/** Splits a note into paragraphs (blank-line separated) and lists ("- item", "* item", "1. item"). */
export function parseNote(note: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let current: NoteBlock | null = null;
  for (const line of note.replace(/\r\n?/gu, '\n').split('\n')) {
    const item = LIST_ITEM.exec(line);
    if (line.trim() === '') {
      current = null;
    } else if (item) {
      const ordered = item[2] !== undefined;
      if (current?.type !== 'list' || current.ordered !== ordered) {
        current = { type: 'list', ordered, items: [] };
        blocks.push(current);
      }
      current.items.push(parseInline(item[3] ?? ''));
    } else {
      if (current?.type !== 'paragraph') {
        current = { type: 'paragraph', lines: [] };
        blocks.push(current);
      }
      current.lines.push(parseInline(line.trim()));
    }
  }
  return blocks;
}
