// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LevelLegend } from '../../../../renderer/chart/LevelLegend';
import { buildChartViewModel } from '../../../../renderer/chart/chart-view-model';
import { chartPalette } from '../../../../renderer/chart/chart-theme';
import { resetAppStore, useAppStore } from '../../../../renderer/store/app-store';
import type { UiLanguage } from '../../../../shared/ipc-contract';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

/** Renders the legend for the seed levels the way ChartPane wires it (jump = the store's revealPassage). */
function renderLegend(language: UiLanguage, activeValue?: number): void {
  const data = makeSeedChartData();
  useAppStore.setState({ ...data, language });
  const model = buildChartViewModel({ ...data, quoteSeries: [], language });
  act(() => {
    root.render(
      <LevelLegend
        model={model}
        swatchColors={chartPalette('light').kind}
        onGoTo={(level) => useAppStore.getState().revealPassage({ ...level.source })}
        activeLevelIds={model.entries
          .filter((entry) => entry.level.value === activeValue)
          .map((entry) => entry.level.id)}
      />,
    );
  });
}

const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

beforeEach(() => {
  resetAppStore();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('LevelLegend', () => {
  it('lists every USD level with value, implied move and source under "Kursmarken"', () => {
    renderLegend('de');
    const list = host.querySelector('ul[aria-label="Kursmarken"]')!;
    const items = [...list.querySelectorAll('li')].map((item) => plain(item.textContent));
    expect(items).toHaveLength(6);
    expect(items[0]).toContain('Kursziel Ø 205,00 $ · +31,6 % ggü. Schluss');
    expect(items[0]).toContain('Quelle (3. Jan. 2026): Alibaba Aktie: KI-Strategie zündet');
    expect(items[0]).toContain('aus Artikel');
    expect(items.some((text) => text.startsWith('Marke 150,00 $ · -3,7 % ggü. Schluss'))).toBe(true);
    expect(items.some((text) => text.startsWith('Schlusskurs 155,74 $ · Schluss am 2. Jan. 2026'))).toBe(
      true,
    );
  });

  it('puts the Frankfurt EUR quote under "Andere Börsenplätze" without a move against USD', () => {
    renderLegend('de');
    const heading = [...host.querySelectorAll('h3')].map((node) => node.textContent);
    expect(heading).toEqual(['Andere Börsenplätze']);
    const other = plain(host.querySelector('ul[aria-label="Andere Börsenplätze"] li')!.textContent);
    expect(other).toContain('132,20 €');
    expect(other).toContain('Börsenplatz FRA:AHLA, in EUR');
    expect(other).toContain('kein Vergleich mit US-Dollar');
    expect(other).not.toMatch(/[+-]\d+,\d %/);
  });

  it('jumps to the passage of the level whose button is pressed', () => {
    renderLegend('en');
    const button = [...host.querySelectorAll('button')].find(
      (node) => plain(node.getAttribute('aria-label')) === 'Go to passage: Target avg $205.00',
    )!;
    expect(button.textContent).toBe('Go to passage');
    act(() => button.click());
    const target = makeSeedChartData().levels.find((level) => level.id === 'lv-target-205')!;
    expect(useAppStore.getState().passageRequest).toMatchObject({
      articleId: 'seed:003_74e3ba4eb27d1507',
      startCodePoints: target.source.startCodePoints,
      endCodePoints: target.source.endCodePoints,
    });
    expect(useAppStore.getState().selectedArticleId).toBe('seed:003_74e3ba4eb27d1507');
  });

  it('marks the rows of the line shown on the chart as current, and only those', () => {
    renderLegend('de', 205);
    const current = [...host.querySelectorAll('li[aria-current="true"]')].map((item) =>
      plain(item.textContent),
    );
    expect(current).toHaveLength(1);
    expect(current[0]).toContain('Kursziel Ø 205,00 $');
  });

  it('says so when no article states a level', () => {
    useAppStore.setState({ language: 'en' });
    act(() => {
      root.render(
        <LevelLegend
          model={buildChartViewModel({ articles: [], levels: [], quoteSeries: [], language: 'en' })}
          swatchColors={chartPalette('dark').kind}
          onGoTo={() => undefined}
          activeLevelIds={[]}
        />,
      );
    });
    expect(host.textContent).toBe('No price levels yet: the articles state no prices or targets.');
  });
});
