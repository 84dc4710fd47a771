import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { PGLITE_EXTENSIONS, pgliteHandle, type DatabaseHandle } from '../../src/db/client.js';
import { query } from './sql.js';
import type { DatabaseKind } from './database.js';
import { ORIGINAL_CATALOG_DDL, ORIGINAL_PIPELINE_DDL } from './original-ddl.js';
import { openServerHandle } from './postgres.js';

export { ORIGINAL_CATALOG_DDL, ORIGINAL_PIPELINE_DDL };

/**
 * Databases as the two originals left them (issue 11): their exact DDL, filled the way their code
 * wrote (the catalog's SQLAlchemy inserts with float prices, the pipeline's psycopg2 inserts with
 * ON CONFLICT (last_updated) DO NOTHING).
 */

/** An empty database of its own: no cais migration applied. */
export async function openBlankDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    return pgliteHandle(
      await PGlite.create('memory://', { extensions: PGLITE_EXTENSIONS }),
      'PGlite in memory',
    );
  }
  const server = inject('postgres');
  if ('skipReason' in server) throw new Error(server.skipReason);
  const name = `cais_orig_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const handle = await openServerHandle(server.url, name);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Runs the DDL one statement at a time (PGlite's extended protocol takes one per query). */
export async function createOriginalTables(handle: DatabaseHandle, ddl: string): Promise<void> {
  for (const statement of ddl.split(';').filter((s) => s.trim() !== '')) {
    await query(handle.db, sql.raw(statement));
  }
}

export interface OriginalProductInput {
  name: string | null;
  description: string | null;
  price: number | null;
  categoria: string | null;
  email_fornecedor: string | null;
}

/**
 * Realistic rows of the original catalog: float prices with long binary expansions, NULL and
 * empty descriptions, and the rows its missing constraints let in.
 */
export const ORIGINAL_PRODUCTS: OriginalProductInput[] = [
  {
    name: 'Smart TV 55"',
    description: '4K',
    price: 2999.9,
    categoria: 'Eletrônico',
    email_fornecedor: 'vendas@tv.com.br',
  },
  {
    name: 'Caneta',
    description: null,
    price: 19.999,
    categoria: 'Roupas',
    email_fornecedor: 'a@b.com',
  },
  {
    name: 'Sofá',
    description: '',
    price: 0.1 + 0.2,
    categoria: 'Móveis',
    email_fornecedor: 'sofa@moveis.com',
  },
  {
    name: 'Tênis',
    description: 'Corrida',
    price: 1899.99,
    categoria: 'Calçados',
    email_fornecedor: 'x@y.com',
  },
  {
    name: 'Geladeira',
    description: 'Inox',
    price: 1234.565,
    categoria: 'eletrodomestico',
    email_fornecedor: 'g@frio.com',
  },
  {
    name: 'Pizza',
    description: 'Calabresa',
    price: 45.5,
    categoria: 'Comida',
    email_fornecedor: 'p@pizza.com',
  },
  {
    name: 'Camisa',
    description: 'Algodão',
    price: 79.9,
    categoria: 'Roupas',
    email_fornecedor: 'não é email',
  },
  {
    name: '',
    description: 'sem nome',
    price: 10,
    categoria: 'Roupas',
    email_fornecedor: 'r@roupas.com',
  },
  {
    name: 'Brinde',
    description: null,
    price: 0,
    categoria: 'Eletrônico',
    email_fornecedor: 'b@b.com',
  },
  {
    name: 'Mesa',
    description: 'Madeira',
    price: 349,
    categoria: 'Móveis',
    email_fornecedor: ' m@mesa.com ',
  },
  {
    name: 'Adesivo',
    description: null,
    price: 0.004,
    categoria: 'Roupas',
    email_fornecedor: 'a@a.com',
  },
];

/** The original service's insert: SQLAlchemy sends the Python float as a float8 parameter. */
export async function insertOriginalProducts(
  handle: DatabaseHandle,
  rows: readonly OriginalProductInput[] = ORIGINAL_PRODUCTS,
): Promise<void> {
  for (const row of rows) {
    await query(
      handle.db,
      sql`insert into products (name, description, price, categoria, email_fornecedor)
          values (${row.name}, ${row.description}, ${row.price}::float8, ${row.categoria},
                  ${row.email_fornecedor})`,
    );
  }
}

export interface OriginalQuoteInput {
  price: string;
  volume_24h: string;
  market_cap: string;
  last_updated: string;
}

/** Five-minute BTC/BRL quotes as the original pipeline fetched them (raw float digits). */
export function originalQuotes(
  count: number,
  start = Date.UTC(2025, 11, 26, 18, 41),
): OriginalQuoteInput[] {
  return Array.from({ length: count }, (_, i) => ({
    price: String(483588.2663266665 + i * 17.123456789),
    volume_24h: String(237513109628.23135 + i * 1000.5),
    market_cap: String(9656048707877.713 + i * 99.99),
    last_updated: new Date(start + i * 300_000).toISOString(),
  }));
}

/** The pipeline's load: psycopg2 with ON CONFLICT (last_updated) DO NOTHING; the first one wins. */
export async function insertOriginalQuotes(
  handle: DatabaseHandle,
  rows: readonly OriginalQuoteInput[],
): Promise<void> {
  for (const row of rows) {
    await query(
      handle.db,
      sql`insert into bitcoin_precos (price, volume_24h, market_cap, last_updated)
          values (${row.price}, ${row.volume_24h}, ${row.market_cap}, ${row.last_updated})
          on conflict (last_updated) do nothing`,
    );
  }
}

/** The original dashboard's query, every value as text (the id's width is all that changes). */
export async function dashboardRows(handle: DatabaseHandle): Promise<string[][]> {
  const rows = await query(
    handle.db,
    sql`select * from bitcoin_precos order by last_updated desc limit 100`,
  );
  return rows.map((row) =>
    ['id', 'price', 'volume_24h', 'market_cap', 'last_updated', 'inserted_at'].map((c) => {
      const value = row[c];
      return value instanceof Date ? value.toISOString() : String(value);
    }),
  );
}

/**
 * Everything a failed or dry adopt must leave as it was: the relations of the database, the
 * originals' rows and their sequences.
 */
export async function databaseSnapshot(handle: DatabaseHandle): Promise<unknown> {
  const relations = await query<{ name: string; kind: string }>(
    handle.db,
    sql`select n.nspname || '.' || c.relname as name, c.relkind::text as kind
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'drizzle') order by 1`,
  );
  const tables = new Set(relations.filter((r) => r.kind === 'r').map((r) => r.name));
  const rows = async (table: string, sequence: string) =>
    tables.has(`public.${table}`)
      ? {
          rows: await query(handle.db, sql.raw(`select * from ${table} order by id`)),
          sequence: await query(
            handle.db,
            sql.raw(`select last_value, is_called from ${sequence}`),
          ),
        }
      : undefined;
  return {
    relations,
    products: await rows('products', 'products_id_seq'),
    quotes: await rows('bitcoin_precos', 'bitcoin_precos_id_seq'),
  };
}
