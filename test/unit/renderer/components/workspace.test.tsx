// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../../renderer/App';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import { articleText } from '../../../../shared/model/article';
import { codePointLength } from '../../../../shared/text/code-points';
import { makeArticle } from '../../../fixtures/factories/article';
import { accessibleName, getAllByRole, getByRole, render, stubLayoutApis } from './dom-helpers';

// The chart is its own feature with its own tests; here it only has to occupy its slot.
vi.mock('../../../../renderer/chart/ChartPane', () => ({
  ChartPane: () => <section aria-label="Chart" />,
}));

const articles = [
  makeArticle({
    title: 'Alibaba hebt Kursziel an',
    blocks: [
      { kind: 'paragraph', text: 'Analysten sehen 📈 ein Kursziel von 205 US-Dollar.' },
      { kind: 'quote', text: '„Die Cloud wächst“, sagte der Chef.' },
    ],
  }),
  makeArticle({ title: 'Zweiter Artikel' }),
  makeArticle({ title: 'Dritter Artikel' }),
];

const press = (key: string, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('the workspace', () => {
  let view: ReturnType<typeof render>;

  beforeEach(() => {
    stubLayoutApis();
    resetAppStore();
    useAppStore.getState().setArticles(articles);
    useAppStore.getState().markLoaded();
    view = render(<App />);
  });
  afterEach(() => view.unmount());

  it('lists the articles by title and shows the selected one in the reader', () => {
    const list = getByRole(document, 'listbox', 'Artikel');
    expect(getAllByRole(list, 'option').map(accessibleName)).toEqual(articles.map((a) => a.title));
    const article = getByRole(document, 'article', 'Alibaba hebt Kursziel an');
    expect(article.getAttribute('lang')).toBe('de');
    expect(article.querySelector('blockquote')?.textContent).toBe('„Die Cloud wächst“, sagte der Chef.');
    expect(getByRole(document, 'region', 'Notizen').textContent).toContain('Noch keine Notizen');
  });

  it('moves through the articles with j/k and the arrow keys, and Home/End', () => {
    press('j');
    expect(getAllByRole(document, 'article')[0]!.querySelector('h1')?.textContent).toBe('Zweiter Artikel');
    press('ArrowDown');
    press('ArrowDown');
    expect(useAppStore.getState().selectedArticleId).toBe(articles[2]!.id);
    press('k');
    expect(useAppStore.getState().selectedArticleId).toBe(articles[1]!.id);
    press('Home');
    expect(useAppStore.getState().selectedArticleId).toBe(articles[0]!.id);
    press('End');
    const selected = getAllByRole(document, 'option').find((o) => o.getAttribute('aria-selected') === 'true');
    expect(selected && accessibleName(selected)).toBe('Dritter Artikel');
  });

  it('leaves letters typed into a text field alone', () => {
    const input = document.createElement('input');
    document.body.append(input);
    press('j', input);
    expect(useAppStore.getState().selectedArticleId).toBe(articles[0]!.id);
    input.remove();
  });

  it('marks a revealed passage across a block boundary and focuses it', () => {
    const text = articleText(articles[0]!.blocks);
    const start = codePointLength(text.slice(0, text.indexOf('205')));
    const end = codePointLength(text.slice(0, text.indexOf(' sagte')));
    act(() =>
      useAppStore
        .getState()
        .revealPassage({ articleId: articles[0]!.id, startCodePoints: start, endCodePoints: end }),
    );
    // Other marks (a recognised figure) may split the flash into several runs; together they cover the passage.
    const marks = [...document.querySelectorAll('mark.passage-flash')].map((mark) => mark.textContent);
    expect(marks.join('')).toBe('205 US-Dollar.„Die Cloud wächst“,');
    const blocks = new Set(
      [...document.querySelectorAll('mark.passage-flash')].map((mark) => mark.closest('p')),
    );
    expect(blocks.size).toBe(2);
    expect(document.activeElement?.textContent).toContain('205 US-Dollar.');
  });

  it('resizes a pane from the keyboard on its splitter', () => {
    const splitter = getByRole(document, 'separator', 'Breite der Artikelliste');
    const before = Number(splitter.getAttribute('aria-valuenow'));
    press('ArrowRight', splitter);
    expect(Number(splitter.getAttribute('aria-valuenow'))).toBe(before + 16);
    expect(useAppStore.getState().selectedArticleId).toBe(articles[0]!.id);
  });

  it('switches the UI to English and sets the document language', () => {
    const english = getAllByRole(document, 'radiogroup', 'Sprache')[0]!.querySelector<HTMLInputElement>(
      'input[value="en"]',
    )!;
    act(() => english.click());
    expect(document.documentElement.lang).toBe('en');
    expect(getAllByRole(document, 'listbox', 'Articles')).toHaveLength(1);
    expect(getAllByRole(document, 'button', 'About Kursnotiz')).toHaveLength(1);
  });
});
