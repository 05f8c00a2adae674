import type { App, Event, WebContents } from 'electron';
import { isTrustedUrl, type TrustedOrigin } from './app-origin';

/** The WebContents events and methods the guard uses (a typed seam for tests). */
export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Keeps a WebContents on our own origin: navigations and redirects elsewhere are cancelled, new windows are
 * always denied (external links would need a validated openExternal request; none is wired yet), and
 * <webview> can never attach.
 */
export function guardWebContents(contents: GuardedContents, origins: readonly TrustedOrigin[]): void {
  const denyForeign = (event: Event, url: string) => {
    if (!isTrustedUrl(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => denyForeign(event, url));
  contents.on('will-frame-navigate', (event) => denyForeign(event, event.url));
  contents.on('will-redirect', (event, url) => denyForeign(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies the guard to every WebContents the app ever creates, so nothing escapes by being created later. */
export function setupNavigationGuards(app: Pick<App, 'on'>, origins: readonly TrustedOrigin[]): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, origins));
}
