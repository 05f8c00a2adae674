import type { QuoteSeries } from '../../shared/model/quote';
import type { KursnotizDatabase } from './database';

/** Every stored quote series (one per listing). */
export function listQuoteSeries(db: KursnotizDatabase): Promise<QuoteSeries[]> {
  return db.quoteSeries.toArray();
}

/** Stores a series, replacing the listing's previous one, in one transaction. */
export async function putQuoteSeries(db: KursnotizDatabase, series: QuoteSeries): Promise<void> {
  await db.transaction('rw', db.quoteSeries, async () => {
    await db.quoteSeries.put(series);
  });
}
