// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedUrl, parseDevUrl } from '../../../electron/app-origin';

describe('KURSNOTIZ_DEV_URL validation', () => {
  it('accepts http://localhost with a port', () => {
    const result = parseDevUrl('http://localhost:5173/');
    expect(result.ok && result.url.host).toBe('localhost:5173');
  });

  it.each([
    ['https://localhost:5173/', 'must use http:'],
    ['http://example.com:5173/', 'must point to localhost'],
    ['http://localhost.evil.com/', 'must point to localhost'],
    ['http://user:pw@localhost:5173/', 'credentials'],
    ['file:///etc/passwd', 'must use http:'],
    ['not a url', 'is not a URL'],
  ])('refuses %s with a reason', (raw, reason) => {
    const result = parseDevUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });
});

describe('isTrustedUrl', () => {
  it('matches app://kursnotiz only', () => {
    expect(isTrustedUrl('app://kursnotiz/index.html', [APP_ORIGIN])).toBe(true);
    expect(isTrustedUrl('app://other/index.html', [APP_ORIGIN])).toBe(false);
    expect(isTrustedUrl('file:///index.html', [APP_ORIGIN])).toBe(false);
    expect(isTrustedUrl('::::', [APP_ORIGIN])).toBe(false);
  });
});
