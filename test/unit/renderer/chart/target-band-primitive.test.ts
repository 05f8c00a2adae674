import { describe, expect, it } from 'vitest';
import {
  TargetBandPrimitive,
  defaultTargetBandOptions,
} from '../../../../renderer/chart/target-band-primitive';

describe('TargetBandPrimitive', () => {
  it('keeps the whole 194–205 USD band on the price scale once it is visible', () => {
    const band = new TargetBandPrimitive({ fillColor: 'rgba(0, 0, 0, 0.1)' });
    expect(band.autoscaleInfo()).toBeNull();
    band.applyOptions({ visible: true, lowPrice: 194, highPrice: 205 });
    expect(band.autoscaleInfo()).toEqual({ priceRange: { minValue: 194, maxValue: 205 } });
    expect(band.options.fillColor).toBe('rgba(0, 0, 0, 0.1)');
    expect(band.options.edgeColor).toBe(defaultTargetBandOptions.edgeColor);
  });

  it('draws behind the series', () => {
    const band = new TargetBandPrimitive();
    expect(band.paneViews().map((view) => view.zOrder?.())).toEqual(['bottom']);
  });
});
