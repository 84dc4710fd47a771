import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../client.js';
import { execute, nullable, rowShape, select, selectOne } from '../rows.js';

/**
 * The SQL of moving in the original pipeline's quotes (bitcoin_precos, moved aside to
 * bitcoin_precos_original) into crypto_quotes; the products' is in originals.repository.ts, which
 * re-exports this. Every function runs inside the caller's transaction.
 */

const Copied = rowShape('copied', { copied: Type.Integer() });
const TotalsRow = rowShape('inspectOriginalQuotes', {
  rows: Type.Integer(),
  highest: nullable(Type.Integer()),
});
const ProblemRow = rowShape('originalQuoteProblems', { id: Type.Integer(), reason: Type.String() });
const AnyRow = rowShape('anyQuote', { any: Type.Boolean() });

export interface OriginalQuoteProblem {
  id: number;
  reason: string;
}

export interface OriginalQuotesSummary {
  rows: number;
  highestId: number;
  problems: OriginalQuoteProblem[];
}

/** The original's columns had no NOT NULL; crypto_quotes needs a price and a time. */
export async function inspectOriginalQuotes(db: Database): Promise<OriginalQuotesSummary> {
  const totals = await selectOne(
    db,
    TotalsRow,
    sql`select count(*)::integer as rows, max(id)::integer as highest from bitcoin_precos_original`,
  );
  const problems = await select(
    db,
    ProblemRow,
    sql`select id, concat_ws('; ',
               case when last_updated is null then 'last_updated is missing' end,
               case when price is null then 'price is missing' end) as reason
        from bitcoin_precos_original
        where last_updated is null or price is null
        order by id`,
  );
  return { rows: totals?.rows ?? 0, highestId: totals?.highest ?? 0, problems };
}

/**
 * Copies the original quotes into crypto_quotes as BTC in `convert`, with their ids and times,
 * unless crypto_quotes already has rows (then new ids, so none collides).
 */
export async function copyQuotes(
  db: Database,
  convert: string,
): Promise<{ copied: number; keptIds: boolean }> {
  const existing = await selectOne(
    db,
    AnyRow,
    sql`select exists (select 1 from crypto_quotes) as any`,
  );
  const keptIds = existing?.any !== true;
  const columns = sql`symbol, convert, last_updated, price, volume_24h, market_cap, source_key,
                      inserted_at`;
  const values = sql`'BTC', ${convert}, last_updated, price, volume_24h, market_cap,
                     'bitcoin_precos_original', coalesce(inserted_at, now())`;
  const row = await selectOne(
    db,
    Copied,
    sql`with copied as (
          insert into crypto_quotes (${keptIds ? sql`id, ` : sql``}${columns})
          ${keptIds ? sql`overriding system value` : sql``}
          select ${keptIds ? sql`id, ` : sql``}${values}
          from bitcoin_precos_original
          where last_updated is not null and price is not null
          order by id
          on conflict (symbol, convert, last_updated) do nothing
          returning 1)
        select count(*)::integer as copied from copied`,
  );
  return { copied: row?.copied ?? 0, keptIds };
}

/** bitcoin_precos shows the currency the ETL collects; until its next run, the adopted one. */
export async function setQuoteCurrency(db: Database, convert: string): Promise<void> {
  await execute(
    db,
    sql`insert into etl_settings (name, value) values ('convert', ${convert})
        on conflict (name) do update set value = excluded.value, updated_at = now()`,
  );
}
