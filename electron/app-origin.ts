/** The custom scheme the packaged renderer is served from (never file://). */
export const APP_SCHEME = 'app';

/** The fixed host of the app origin; one host keeps 'self' in the CSP meaning exactly our files. */
export const APP_HOST = 'kursnotiz';

/** The URL the main window loads in production. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** An origin the renderer may be loaded from, compared as protocol + host (Node's URL reports 'null' origins for custom schemes). */
export interface TrustedOrigin {
  protocol: string;
  host: string;
}

/** The production origin app://kursnotiz. */
export const APP_ORIGIN: TrustedOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

/** Why a development URL was refused, or the parsed URL. */
export type DevUrlResult = { ok: true; url: URL } | { ok: false; reason: string };

/** Accepts KURSNOTIZ_DEV_URL only as http://localhost[:port] (or 127.0.0.1), so an env var cannot point the window at the internet. */
export function parseDevUrl(raw: string): DevUrlResult {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `KURSNOTIZ_DEV_URL is not a URL: ${raw}` };
  }
  if (url.protocol !== 'http:') {
    return { ok: false, reason: `KURSNOTIZ_DEV_URL must use http:, got ${url.protocol}` };
  }
  if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') {
    return { ok: false, reason: `KURSNOTIZ_DEV_URL must point to localhost, got ${url.hostname}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'KURSNOTIZ_DEV_URL must not carry credentials' };
  }
  return { ok: true, url };
}

/** True when `rawUrl` is on one of the trusted origins; unparseable URLs are never trusted. */
export function isTrustedUrl(rawUrl: string, origins: readonly TrustedOrigin[]): boolean {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return false;
  }
  return origins.some((origin) => origin.protocol === url.protocol && origin.host === url.host);
}

/** The origin of a validated development URL, for the trust checks. */
export function originOf(url: URL): TrustedOrigin {
  return { protocol: url.protocol, host: url.host };
}
