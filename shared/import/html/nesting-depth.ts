import { ELEMENT_NODE, type DomNode } from './dom-types';

// Container tags a parser never closes implicitly: their open-minus-close count bounds the DOM depth.
const CONTAINER_TAG =
  /<(\/?)(?:div|span|section|article|main|aside|header|footer|nav|blockquote|ul|ol|table|form|center|font|em|strong)\b[^<>]*?(\/?)>/giu;

/** The deepest nesting of container tags in the raw HTML, counted without parsing it. */
export function sourceNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(CONTAINER_TAG)) {
    if (match[2] === '/') continue;
    depth = match[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** True when the element tree under `root` is deeper than `limit` (stops looking once it is). */
export function isDeeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [root, 0];
    if (depth > limit) return true;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return false;
}
