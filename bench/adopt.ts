import { cpus } from 'node:os';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { adoptOriginals, type AdoptStep } from '../apps/server/src/db/adopt/adopt.js';
import { openDatabase, type DatabaseHandle } from '../apps/server/src/db/client.js';
import { execute } from '../apps/server/src/db/rows.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import {
  ORIGINAL_CATALOG_DDL,
  ORIGINAL_PIPELINE_DDL,
} from '../apps/server/test/helpers/original-ddl.js';
import { freshDatabase, median, printTable, writeResults } from './support.js';

/**
 * `npm run bench -- adopt`: the original catalog with 100,000 products and the original
 * pipeline's table with a year of 5-minute quotes (105,120 rows), adopted on the PostgreSQL
 * server (`cais db adopt --on-invalid skip`), beside a plain `insert into ... select` of the same
 * rows into the same cais tables as the baseline. Targets: products and quotes each under 10 s.
 */

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const QUOTES = Number(process.env.BENCH_QUOTES ?? 365 * 288);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DATABASE = 'cais_bench_adopt';
const TARGET_SECONDS = 10;

const log = pino({ level: 'warn' });
const n = (value: number) => Math.round(value).toLocaleString('en');

/** Runs each statement of a DDL text (one per query, as PGlite needs too). */
async function runDdl(handle: DatabaseHandle, ddl: string): Promise<void> {
  for (const statement of ddl.split(';').filter((s) => s.trim() !== '')) {
    await execute(handle.db, sql.raw(statement));
  }
}

/**
 * Fills the originals as their code would have: float prices (most with cents, one in ten with
 * a float's long tail, rounded by adopt), NULL and empty descriptions, one row in a thousand with
 * a bad supplier email (refused, skipped), a quote every 5 minutes with numeric(18,2) prices.
 */
async function originals(): Promise<DatabaseHandle> {
  const url = await freshDatabase(DATABASE);
  const handle = await openDatabase({ url, pgliteDir: '', poolSize: 4, waitSeconds: 0 }, log);
  await runDdl(handle, ORIGINAL_CATALOG_DDL);
  await runDdl(handle, ORIGINAL_PIPELINE_DDL);
  await execute(
    handle.db,
    sql`insert into products (name, description, price, categoria, email_fornecedor, created_at)
        select 'Produto ' || i,
               case i % 3 when 0 then null when 1 then '' else 'Descrição do produto ' || i end,
               case when i % 10 = 0 then (1 + i * 0.37 / 3)::float8
                    else round((1 + (i * 7919) % 500000 / 100.0)::numeric, 2)::float8 end,
               (array['Eletrônico','Eletrodoméstico','Móveis','Roupas','Calçados'])[1 + i % 5],
               case when i % 1000 = 0 then 'fornecedor sem arroba' else 'vendas' || i % 97 || '@fornecedor.com.br' end,
               timestamptz '2024-01-01' + i * interval '5 minutes'
        from generate_series(1, ${PRODUCTS}) as i`,
  );
  await execute(
    handle.db,
    sql`insert into bitcoin_precos (price, volume_24h, market_cap, last_updated, inserted_at)
        select round((480000 + 20000 * sin(i / 500.0))::numeric, 2),
               round((2.3e11 + i * 1000.5)::numeric, 2), round((9.6e12 + i * 99.99)::numeric, 2),
               timestamptz '2025-01-01 00:04:00+00' + i * interval '5 minutes',
               timestamptz '2025-01-01 00:05:03+00' + i * interval '5 minutes'
        from generate_series(0, ${QUOTES - 1}) as i`,
  );
  await execute(handle.db, sql`analyze`);
  return handle;
}

interface Timings {
  products: number;
  quotes: number;
  total: number;
  adoptedProducts: number;
  adoptedQuotes: number;
}

async function adoptRound(): Promise<Timings> {
  const handle = await originals();
  try {
    const marks = new Map<AdoptStep | 'end', number>();
    const started = performance.now();
    const report = await adoptOriginals(handle.db, {
      dryRun: false,
      onInvalid: 'skip',
      convert: 'BRL',
      onStep: (step) => {
        marks.set(step, performance.now());
      },
    });
    const ended = performance.now();
    const at = (step: AdoptStep) => marks.get(step) ?? ended;
    return {
      // Checking every row (and counting the quotes' refused ones) comes before the copies.
      products: (at('quotes') - at('check')) / 1000,
      // The quotes' step ends with their rollups: the dashboard needs both.
      quotes: (ended - at('quotes')) / 1000,
      total: (ended - started) / 1000,
      adoptedProducts: report.products?.adopted ?? 0,
      adoptedQuotes: report.quotes?.adopted ?? 0,
    };
  } finally {
    await handle.close();
  }
}

/** The same rows copied by hand into the migrated cais tables: no checks, no report. */
async function baselineRound(): Promise<{ products: number; quotes: number }> {
  const handle = await originals();
  try {
    await execute(handle.db, sql`alter table products rename to products_original`);
    await execute(
      handle.db,
      sql`alter sequence products_id_seq rename to products_original_id_seq`,
    );
    await execute(handle.db, sql`alter index products_pkey rename to products_original_pkey`);
    await execute(handle.db, sql`alter table bitcoin_precos rename to bitcoin_precos_original`);
    await migrate(handle);
    const time = async (statement: ReturnType<typeof sql>) => {
      const started = performance.now();
      await execute(handle.db, statement);
      return (performance.now() - started) / 1000;
    };
    return {
      products: await time(
        sql`insert into products (id, name, description, price, categoria, email_fornecedor,
                                  created_at, updated_at)
            overriding system value
            select id, name, description, round(price::numeric, 2), categoria, email_fornecedor,
                   created_at, created_at
            from products_original`,
      ),
      quotes: await time(
        sql`insert into crypto_quotes (id, symbol, convert, last_updated, price, volume_24h,
                                       market_cap, source_key, inserted_at)
            overriding system value
            select id, 'BTC', 'BRL', last_updated, price, volume_24h, market_cap,
                   'bitcoin_precos_original', inserted_at
            from bitcoin_precos_original`,
      ),
    };
  } finally {
    await handle.close();
  }
}

export async function run(): Promise<void> {
  console.log(
    `${n(PRODUCTS)} original products and ${n(QUOTES)} original quotes, ${ROUNDS} rounds each, ` +
      `PostgreSQL server, ${cpus().length} cores`,
  );
  const adopt: Timings[] = [];
  const baseline: { products: number; quotes: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    adopt.push(await adoptRound());
    baseline.push(await baselineRound());
    const last = adopt.at(-1);
    console.log(
      `round ${round}: adopt products ${last?.products.toFixed(2)} s, quotes ${last?.quotes.toFixed(2)} s, ` +
        `whole adopt ${last?.total.toFixed(2)} s`,
    );
  }
  const adoptedProducts = adopt[0]?.adoptedProducts ?? 0;
  const adoptedQuotes = adopt[0]?.adoptedQuotes ?? 0;
  const row = (what: string, rows: number, seconds: number, baseSeconds?: number) => ({
    what,
    rows,
    seconds: Number(seconds.toFixed(2)),
    'rows/s': Math.round(rows / seconds),
    'baseline rows/s': baseSeconds === undefined ? '' : Math.round(rows / baseSeconds),
    // The targets are per table; the whole adopt is shown for what a person waits.
    target:
      baseSeconds === undefined
        ? ''
        : seconds < TARGET_SECONDS
          ? `< ${TARGET_SECONDS} s: met`
          : `< ${TARGET_SECONDS} s: MISSED`,
  });
  const summary = [
    row(
      'adopt products (checked, rounded, reported)',
      adoptedProducts,
      median(adopt.map((a) => a.products)),
      median(baseline.map((b) => b.products)),
    ),
    row(
      'adopt quotes (+ rollups)',
      adoptedQuotes,
      median(adopt.map((a) => a.quotes)),
      median(baseline.map((b) => b.quotes)),
    ),
    row(
      'whole adopt (move aside, migrate, both)',
      adoptedProducts + adoptedQuotes,
      median(adopt.map((a) => a.total)),
    ),
  ];
  console.log('\nmedians; baseline: a plain insert into ... select of the same rows');
  printTable(summary);
  const file = await writeResults('adopt', {
    date: new Date().toISOString(),
    products: PRODUCTS,
    quotes: QUOTES,
    rounds: ROUNDS,
    cores: cpus().length,
    summary,
    rounds_detail: adopt.map((a, i) => ({ ...a, baseline: baseline[i] })),
  });
  console.log(`results: ${file}`);
}
