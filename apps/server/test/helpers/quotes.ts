import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/client.js';
import { insertObjects } from '../../src/quotes/quotes.repository.js';
import type { QuoteRow } from '../../src/lake/quotes.csv.js';
import { quote } from './pipeline.js';

/** Loads quotes the way the pipeline does (one lake object, rollups kept current). */
export async function loadQuotes(
  db: Database,
  rows: readonly Partial<QuoteRow>[],
): Promise<number> {
  const { inserted } = await insertObjects(db, [
    { key: `test/${randomUUID()}.csv`, hash: 'test', rows: rows.map((row) => quote(row)) },
  ]);
  return inserted;
}

/** A quote every `stepSeconds` from `start`, the price following `price(i)`. */
export function quoteSeries(
  start: string,
  count: number,
  stepSeconds: number,
  price: (i: number) => number,
  overrides: Partial<QuoteRow> = {},
): Partial<QuoteRow>[] {
  const t0 = Date.parse(start);
  return Array.from({ length: count }, (_, i) => ({
    ...overrides,
    last_updated: new Date(t0 + i * stepSeconds * 1000).toISOString(),
    price: String(price(i)),
  }));
}
