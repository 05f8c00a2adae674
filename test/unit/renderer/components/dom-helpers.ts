import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// Tells React the tests drive updates through act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders `node` into a fresh container attached to the document; returns it and an unmount function. */
export function render(node: ReactNode): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  act(() => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** The accessible name as aria-labelledby / aria-label / text content give it (enough for our markup). */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy)
    return labelledBy
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

/** All elements with `role` (explicit, or implicit for the few native elements we use) and optional name. */
export function getAllByRole(root: ParentNode, role: string, name?: string): HTMLElement[] {
  const implicit: Record<string, string> = {
    article: 'article',
    button: 'button',
    main: 'main',
    section: 'region',
  };
  const selector = [
    `[role="${role}"]`,
    ...Object.entries(implicit)
      .filter(([, r]) => r === role)
      .map(([tag]) => tag),
  ];
  return [...root.querySelectorAll<HTMLElement>(selector.join(', '))].filter(
    (element) => name === undefined || accessibleName(element) === name,
  );
}

/** Exactly one element with `role` and `name`, or a test failure naming what was missing. */
export function getByRole(root: ParentNode, role: string, name?: string): HTMLElement {
  const found = getAllByRole(root, role, name);
  if (found.length !== 1)
    throw new Error(`expected one ${role} named ${name ?? '(any)'}, found ${found.length}`);
  return found[0]!;
}

/** Stubs the browser APIs jsdom lacks (matchMedia, scrollIntoView) with inert versions. */
export function stubLayoutApis(): void {
  window.matchMedia ??= ((query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
    }) as unknown as MediaQueryList) as typeof window.matchMedia;
  Element.prototype.scrollIntoView ??= () => undefined;
}
