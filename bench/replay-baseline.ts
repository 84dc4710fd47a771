import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { FolderLake } from '../apps/server/src/lake/lake.folder.js';
import { listObjects } from '../apps/server/src/lake/listing.js';
import { parseQuotesCsv } from '../apps/server/src/lake/quotes.csv.js';

/** The original's way: each object read and inserted on its own, one transaction each. */
export async function baseline(
  url: string,
  lake: FolderLake,
  limit: number,
): Promise<{ seconds: number; objects: number }> {
  const refs = (await listObjects(lake)).slice(0, limit);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    for (const ref of refs) {
      const [row] = parseQuotesCsv(await readFile(join(lake.root, ref.key), 'utf8'), ref.slug);
      if (!row) continue;
      await client.query(
        `insert into crypto_quotes (symbol, convert, cmc_id, last_updated, price, volume_24h,
           market_cap, percent_change_1h, percent_change_24h, percent_change_7d,
           circulating_supply, source_key)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         on conflict (symbol, convert, last_updated) do nothing`,
        [
          row.symbol,
          row.convert,
          row.cmc_id,
          row.last_updated,
          row.price,
          row.volume_24h,
          row.market_cap,
          row.percent_change_1h,
          row.percent_change_24h,
          row.percent_change_7d,
          row.circulating_supply,
          ref.key,
        ],
      );
    }
  } finally {
    await client.end();
  }
  return { seconds: (performance.now() - started) / 1000, objects: refs.length };
}
