import { describe, expect, it } from 'vitest';
import { spreadLabels } from '../../../../renderer/chart/label-layout';

describe('spreadLabels', () => {
  it('leaves labels that do not touch where their lines are', () => {
    const placed = spreadLabels(
      [
        { id: 'a', y: 50 },
        { id: 'b', y: 120 },
      ],
      20,
      300,
    );
    expect(placed.get('a')).toBe(50);
    expect(placed.get('b')).toBe(120);
  });

  it('pushes apart labels of close levels (192 and 194 USD are a few pixels apart)', () => {
    const placed = spreadLabels(
      [
        { id: '194', y: 100 },
        { id: '192', y: 106 },
        { id: '198', y: 92 },
      ],
      20,
      300,
    );
    const ys = ['198', '194', '192'].map((id) => placed.get(id)!);
    expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(20);
    expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(20);
  });

  it('keeps labels inside the pane at both edges', () => {
    const placed = spreadLabels(
      [
        { id: 'top', y: -30 },
        { id: 'low1', y: 295 },
        { id: 'low2', y: 299 },
      ],
      20,
      300,
    );
    expect(placed.get('top')).toBeGreaterThanOrEqual(10);
    expect(placed.get('low2')).toBeLessThanOrEqual(290);
    expect(placed.get('low2')! - placed.get('low1')!).toBeGreaterThanOrEqual(20);
  });
});
