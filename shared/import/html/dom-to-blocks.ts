import type { BlockKind, TextBlock } from '../../model/article';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom-types';

// Elements whose content is never article text (and must never be shown, even as text).
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
  'source',
  'track',
  'map',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'fieldset',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'dialog',
  'nav',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Elements that end the running line of text before and after them.
const BLOCK_BOUNDARIES = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'pre',
  'address',
  'hr',
  'body',
  'html',
  'details',
  'summary',
  'center',
  'li',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
// Deeper nesting than this is read as plain text content (random or hostile pages nest without end).
const MAX_DEPTH = 400;

function kindOf(tag: string, inherited: BlockKind): BlockKind {
  if (HEADINGS.has(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return inherited === 'quote' ? 'quote' : 'list-item';
  if (tag === 'blockquote') return 'quote';
  return inherited;
}

/** Converts an element's visible text into blocks: h1–h6 → heading, p → paragraph, li → list-item, blockquote → quote. */
export function domToBlocks(root: DomElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  const flush = (): void => {
    const text = buffer.replace(/\s+/gu, ' ').trim();
    if (text !== '') blocks.push({ kind: bufferKind, text });
    buffer = '';
  };
  const append = (text: string, kind: BlockKind): void => {
    if (buffer.trim() === '') bufferKind = kind;
    buffer += text;
  };
  const walk = (node: DomNode, kind: BlockKind, depth: number): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        append(child.textContent ?? '', kind);
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = child.nodeName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      if (tag === 'br') append(' ', kind);
      else if (tag === 'td' || tag === 'th') append(' ', kind);
      if (depth >= MAX_DEPTH) {
        append(` ${child.textContent ?? ''} `, kind);
        continue;
      }
      if (BLOCK_BOUNDARIES.has(tag)) {
        flush();
        walk(child, kindOf(tag, kind), depth + 1);
        flush();
      } else {
        walk(child, kind, depth + 1);
      }
    }
  };
  walk(root, 'paragraph', 0);
  flush();
  return blocks;
}
