import createDOMPurify from 'dompurify';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ArticleParserDeps } from '../../../../shared/import/article-parser-deps';
import { parseArticleFile } from '../../../../shared/import/parse-article-file';
import { importArticle, readFixture } from './helpers/fixtures';

const HOSTILE = 'html/hostile-alibaba-page.html';

/** A deliberately dangerous host: scripts enabled, resources loadable; every request is recorded and answered locally. */
function makeTrapWindow(): { window: JSDOM['window']; requests: string[] } {
  const requests: string[] = [];
  const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', {
    url: 'https://kursnotiz.invalid/',
    runScripts: 'dangerously',
    pretendToBeVisual: true,
    // Failed loads in the control test would otherwise print; the recorded list is what counts.
    virtualConsole: new VirtualConsole(),
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          requests.push(request.url);
          return Promise.resolve(new Response('', { status: 204 }));
        }),
      ],
    },
  });
  return { window: dom.window, requests };
}

function depsOn(window: JSDOM['window']): ArticleParserDeps {
  const parser = new window.DOMParser();
  return {
    parseHtml: (html) => parser.parseFromString(html, 'text/html'),
    sanitizer: createDOMPurify(window),
    loadPdfjs: () => Promise.reject(new Error('no PDF here')),
  };
}

const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('hostile saved page', () => {
  it('the trap host really records loads and runs scripts when HTML reaches a live document', async () => {
    const { window, requests } = makeTrapWindow();
    window.document.body.innerHTML = new TextDecoder().decode(readFixture(HOSTILE));
    const script = window.document.createElement('script');
    script.textContent = 'window.__pwned = true';
    window.document.body.append(script);
    await settle(300);
    expect(requests.length).toBeGreaterThan(0);
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBe(true);
  });

  it('imports as harmless text: nothing runs, nothing is fetched, no markup survives', async () => {
    const { window, requests } = makeTrapWindow();
    const article = await importArticle(HOSTILE, depsOn(window));
    await settle(300);
    expect(requests).toEqual([]);
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
    for (const block of article.blocks) {
      expect(block.text).not.toMatch(
        /<script|onerror|onload|onclick|javascript:|data:text|evil\.example|__pwned|<[a-z]/iu,
      );
    }
    expect(article.title).toBe('Alibaba-Quartalszahlen: Was Anleger jetzt wissen müssen');
    expect(article.blocks.map((block) => block.text)).toEqual(
      expect.arrayContaining([
        'Weitere Details finden Sie in der Pressemitteilung des Unternehmens und in unserer Datenübersicht.',
        'Für Anleger in Deutschland kostet die Aktie derzeit rund 142 €. „Die Bewertung ist günstig, aber das Risiko bleibt hoch“, sagt Fondsmanager Jörg Weiß.',
      ]),
    );
  });

  it('refuses to run with a sanitiser that cannot sanitise (e.g. DOMPurify on linkedom)', async () => {
    const deps = depsOn(new JSDOM('').window);
    const result = await parseArticleFile(
      { fileName: 'page.html', bytes: readFixture(HOSTILE) },
      { ...deps, sanitizer: { isSupported: false, sanitize: (html) => html } },
    );
    expect(result.ok ? 'accepted' : result.error.code).toBe('internal');
  });
});
