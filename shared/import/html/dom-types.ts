// The few DOM members the HTML import reads, typed structurally: shared/ has no DOM lib, and both
// a browser Document (DOMParser) and a jsdom Document satisfy these shapes.

/** A DOM node as the import walks it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  // Sibling links: jsdom's live childNodes list is slow to index, these are O(1) in every DOM.
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
}

/** A DOM element as the import reads it. */
export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(qualifiedName: string): ArrayLike<DomElement>;
  remove(): void;
}

/** A parsed, inert HTML document (no browsing context: nothing runs, nothing loads). */
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  getElementsByTagName(qualifiedName: string): ArrayLike<DomElement>;
}

/** Node types the walker distinguishes. */
export const ELEMENT_NODE = 1;
/** A text node's nodeType. */
export const TEXT_NODE = 3;

/** The elements of an ArrayLike as an array (NodeList and HTMLCollection are ArrayLike). */
export function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}

/** The element's attribute, trimmed, or null when absent or blank. */
export function attributeOf(element: DomElement | null | undefined, name: string): string | null {
  const value = element?.getAttribute(name)?.trim();
  return value === undefined || value === '' ? null : value;
}
