import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { withContentSecurityPolicy } from './content-security-policy';
import { mimeTypeFor } from './mime-types';

/** Reads one file's bytes; main passes fs.promises.readFile, tests pass a fake. */
export type ReadFile = (absolutePath: string) => Promise<Uint8Array>;

/** The part of a fetch Request the handler looks at. */
export type AppRequest = Pick<Request, 'url' | 'method'>;

/**
 * Registers app:// as a privileged scheme. Must run before the app's ready event.
 * standard: real origin + IndexedDB; secure: a secure context; supportFetchAPI: fetch() of our own assets.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: withContentSecurityPolicy({
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
    }),
  });
}

/**
 * Maps a URL path to a file inside rootDir, or null when it could escape the root. Checked after
 * percent-decoding so `%2e%2e%2f` and `..%5c` cannot walk out, and again after resolving as a backstop.
 */
export function resolveInsideRoot(rootDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-zA-Z]:$/u.test(segment)))
    return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const fromRoot = relative(root, target);
  if (
    fromRoot === '' ||
    fromRoot.startsWith('..') ||
    isAbsolute(fromRoot) ||
    fromRoot.split(sep).includes('..')
  ) {
    return null;
  }
  return target;
}

/** Builds the app:// handler: serves files from rootDir with their MIME type and the CSP header. */
export function makeAppProtocolHandler(rootDir: string, readFile: ReadFile) {
  return async (request: AppRequest): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return textResponse(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return textResponse(404, 'Not found');
    const filePath = resolveInsideRoot(rootDir, url.pathname);
    if (filePath === null) return textResponse(403, 'Forbidden');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(filePath);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
      status: 200,
      headers: withContentSecurityPolicy({
        'Content-Type': mimeTypeFor(filePath),
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cache-Control': 'no-cache',
      }),
    });
  };
}

/** Serves out/renderer on app://kursnotiz/ (call after ready). */
export function setupAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  rootDir: string,
  readFile: ReadFile,
): void {
  protocol.handle(APP_SCHEME, makeAppProtocolHandler(rootDir, readFile));
}
