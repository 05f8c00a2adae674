import { describe, expect, it } from 'vitest';
import { formatLevelTitle, formatPriceCompact } from '../../../../shared/chart/level-title';

/** Intl writes no-break spaces; tests compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('level titles', () => {
  it('writes the target line title the way each language does', () => {
    expect(plain(formatLevelTitle('Kursziel Ø', 205, 'USD', 31.63, 'de'))).toBe('Kursziel Ø 205 $ · +31,6 %');
    expect(plain(formatLevelTitle('Target avg', 205, 'USD', 31.63, 'en'))).toBe('Target avg $205 · +31.6%');
  });

  it('keeps cents when a price has them and leaves the move out when there is none', () => {
    expect(plain(formatPriceCompact(155.74, 'USD', 'de'))).toBe('155,74 $');
    expect(plain(formatLevelTitle('Frankfurt', 132.2, 'EUR', null, 'de'))).toBe('Frankfurt 132,20 €');
    expect(plain(formatLevelTitle('Mark', 150, 'USD', -3.69, 'en'))).toBe('Mark $150 · -3.7%');
  });
});
