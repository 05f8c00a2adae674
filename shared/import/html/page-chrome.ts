import { ELEMENT_NODE, type DomElement, type DomNode } from './dom-types';

// Never article text; Readability drops them too, but removing them first keeps its element count honest.
const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'form',
  'button',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
  'picture',
  'img',
]);
// Page furniture Readability sometimes keeps inside the article: ad slots, consent banners, newsletter boxes.
const CHROME_CLASS_OR_ID =
  /(?:^|[\s_-])(?:ad|ads|advert|advertisement|anzeige|werbung|ad-label|cookie\w*|consent\w*|cmp\w*|newsletter\w*|paywall\w*)(?:$|[\s_-])/iu;

function isChrome(element: DomElement): boolean {
  if (NON_CONTENT_TAGS.has(element.localName)) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return CHROME_CLASS_OR_ID.test(marker);
}

/** Removes scripts, media, forms, ads and consent banners from a parsed page in one walk. */
export function removePageChrome(root: DomNode): void {
  const doomed: DomElement[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as DomElement;
      if (isChrome(element)) doomed.push(element);
      else stack.push(element);
    }
  }
  for (const element of doomed) element.remove();
}
