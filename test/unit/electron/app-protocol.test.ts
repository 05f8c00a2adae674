// @vitest-environment node
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAppProtocolHandler, registerAppScheme, resolveInsideRoot } from '../../../electron/app-protocol';
import type { Protocol } from 'electron';

let rootDir = '';
let handler: ReturnType<typeof makeAppProtocolHandler>;

beforeAll(async () => {
  // A real folder laid out like out/renderer, plus a secret beside it that traversal must never reach.
  const base = await mkdtemp(join(tmpdir(), 'kursnotiz-protocol-'));
  rootDir = join(base, 'renderer');
  await mkdir(join(rootDir, 'assets'), { recursive: true });
  await writeFile(join(rootDir, 'index.html'), '<!doctype html><title>Kursnotiz</title>');
  await writeFile(join(rootDir, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(rootDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  handler = makeAppProtocolHandler(rootDir, (path) => readFile(path));
});

const get = (url: string) => handler({ url, method: 'GET' });

describe('app:// protocol handler', () => {
  it('serves index.html for / with the CSP header and an HTML type', async () => {
    const response = await get('app://kursnotiz/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Kursnotiz</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/u);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).not.toMatch(/https?:/u);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts and styles with their MIME types', async () => {
    const script = await get('app://kursnotiz/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    const style = await get('app://kursnotiz/assets/style.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers 404 (with CSP) for a missing file', async () => {
    const response = await get('app://kursnotiz/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it.each([
    'app://kursnotiz/%2e%2e/secret.txt',
    'app://kursnotiz/%2E%2E%2Fsecret.txt',
    'app://kursnotiz/assets/..%2f..%2fsecret.txt',
    'app://kursnotiz/..%5csecret.txt',
    'app://kursnotiz/assets%2f%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://kursnotiz/index.html%00.js',
    'app://kursnotiz/%E0%A4%A',
  ])('refuses encoded traversal %s', async (url) => {
    const response = await get(url);
    // 403 when our check catches it, 404 when the URL parser already folded the dots back inside the root.
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('answers 403 for an encoded slash that would climb out of a folder', async () => {
    expect((await get('app://kursnotiz/assets/..%2f..%2fsecret.txt')).status).toBe(403);
  });

  it('never leaves the root for a literal ../ (the URL parser folds it back inside)', async () => {
    const response = await get('app://kursnotiz/../secret.txt');
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('refuses other hosts and non-GET methods', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await handler({ url: 'app://kursnotiz/index.html', method: 'POST' })).status).toBe(405);
  });

  it('resolveInsideRoot keeps paths inside the root', () => {
    expect(resolveInsideRoot('/srv/r', '/assets/a.js')).toBe(join('/srv/r', 'assets', 'a.js'));
    expect(resolveInsideRoot('/srv/r', '/')).toBe(join('/srv/r', 'index.html'));
    expect(resolveInsideRoot('/srv/r', '/a/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveInsideRoot('/srv/r', '/C:/Windows')).toBeNull();
  });

  it('registers app as a standard, secure, fetch-capable scheme', () => {
    const calls: Parameters<Protocol['registerSchemesAsPrivileged']>[0][] = [];
    const protocol = {
      registerSchemesAsPrivileged: (schemes) => void calls.push(schemes),
    } satisfies Pick<Protocol, 'registerSchemesAsPrivileged'>;
    registerAppScheme(protocol);
    expect(calls[0]).toHaveLength(1);
    expect(calls[0]?.[0]?.scheme).toBe('app');
    expect(calls[0]?.[0]?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
  });
});
