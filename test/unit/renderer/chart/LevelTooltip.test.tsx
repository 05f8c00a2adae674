// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LevelTooltip } from '../../../../renderer/chart/LevelTooltip';
import { buildChartViewModel } from '../../../../renderer/chart/chart-view-model';
import { resetAppStore } from '../../../../renderer/store/app-store';
import type { PriceLevel } from '../../../../shared/model/level';
import { makeSeedChartData } from '../../../fixtures/chart/seed-levels';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

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

describe('LevelTooltip', () => {
  it('quotes the whole source sentence with the figure marked, and jumps on request', () => {
    const data = makeSeedChartData();
    const model = buildChartViewModel({ ...data, quoteSeries: [], language: 'de' });
    const line = model.lines.find((item) => item.value === 150)!;
    const jumps: PriceLevel[] = [];
    let closed = 0;
    act(() => {
      root.render(
        <LevelTooltip
          line={line}
          y={200}
          areaHeightPx={300}
          placement={{ side: 'below', maxHeightPx: 300 }}
          isPinned
          onGoTo={(level) => jumps.push(level)}
          onClose={() => (closed += 1)}
          onPointerEnter={() => undefined}
          onPointerLeave={() => undefined}
        />,
      );
    });
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('Alibaba investiert in KI und Cloud-Infrastruktur');
    expect(dialog.querySelector('blockquote')!.textContent).toBe(
      'Um sich auf dem Markt zukünftig stabil zu positionieren, muss die Alibaba-Aktie die Marke von 150 US-Dollar nachhaltig halten.',
    );
    expect(dialog.querySelector('mark')!.textContent).toBe('150 US-Dollar');
    act(() => (dialog.querySelector('button.kn-chart-goto') as HTMLButtonElement).click());
    expect(jumps.map((level) => level.id)).toEqual(['lv-150']);
    act(() => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    });
    expect(closed).toBe(1);
  });

  it('shows the stated text instead of failing when the passage is gone from the article', () => {
    const data = makeSeedChartData();
    const level = data.levels.find((item) => item.id === 'lv-fair')!;
    const broken = {
      ...level,
      source: { ...level.source, startCodePoints: 1, endCodePoints: 2, exact: '999 US-Dollar' },
    };
    const model = buildChartViewModel({ ...data, levels: [broken], quoteSeries: [], language: 'de' });
    act(() => {
      root.render(
        <LevelTooltip
          line={model.lines[0]!}
          y={10}
          areaHeightPx={300}
          placement={{ side: 'below', maxHeightPx: 300 }}
          isPinned={false}
          onGoTo={() => undefined}
          onClose={() => undefined}
          onPointerEnter={() => undefined}
          onPointerLeave={() => undefined}
        />,
      );
    });
    expect(host.querySelector('.kn-chart-sentence')!.textContent).toBe(
      'Die Textstelle ist im Artikel nicht mehr zu finden: „999 US-Dollar“',
    );
  });
});
