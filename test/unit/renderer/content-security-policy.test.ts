// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../build/vite.renderer.config';
import { withContentSecurityPolicy } from '../../../electron/content-security-policy';

const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');

describe('the renderer Content-Security-Policy', () => {
  it('is the same in index.html as in the preview server header', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('is the same in the Electron app (app:// response header) as in the web host', () => {
    expect(withContentSecurityPolicy({})['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows scripts only from the app itself and forbids plugins, frames and base rewrites', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
