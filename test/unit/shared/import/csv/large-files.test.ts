import { describe, expect, it } from 'vitest';
import { parsePriceCsv } from '../../../../../shared/import/csv';
import { makeYahooPriceCsv } from '../../../../fixtures/factories/price-csv';

// Speed is measured by `npm run bench` (10,000-row goal ≤ 100 ms), never asserted here: tests must not
// depend on how busy the machine is. These check that large histories are read completely and correctly.
describe('large price histories', () => {
  it('reads 10,000 Yahoo rows completely, in order, first to last', () => {
    const bytes = new TextEncoder().encode(makeYahooPriceCsv(10_000));
    const result = parsePriceCsv(bytes, 'BABA.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.stats.barsKept).toBe(10_000);
    expect(result.bars.every((bar, index) => index === 0 || result.bars[index - 1]!.time < bar.time)).toBe(
      true,
    );
    expect(result.stats.firstDate).toBe(result.bars[0]!.time);
    expect(result.stats.lastDate).toBe(result.bars.at(-1)!.time);
  });

  it('reads 40,000 rows reaching back to 1940 without dropping any', () => {
    const bytes = new TextEncoder().encode(makeYahooPriceCsv(40_000, { startDate: '1940-01-01' }));
    const result = parsePriceCsv(bytes, 'BABA.csv');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.stats.barsKept).toBe(40_000);
    expect(result.stats.firstDate?.startsWith('1940-')).toBe(true);
  });
});
