import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/** The data model of ARCHITECTURE.md section 4. Column names are the wire names of the API. */

export const categories = pgTable('categories', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull().unique(),
});

export const products = pgTable(
  'products',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: varchar({ length: 200 }).notNull(),
    description: varchar({ length: 5000 }),
    // Money is exact: numeric on the way in and out, never a float in between.
    price: numeric({ precision: 12, scale: 2 }).notNull(),
    categoria: text()
      .notNull()
      .references(() => categories.name, { onUpdate: 'cascade' }),
    email_fornecedor: varchar({ length: 254 }).notNull(),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updated_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('products_price_positive', sql`${t.price} > 0`),
    // Each list sort has an index ending in id, the tie-breaker that keeps pages stable.
    index('products_categoria_price_idx').on(t.categoria, t.price, t.id),
    index('products_price_idx').on(t.price, t.id),
    index('products_name_idx').on(t.name, t.id),
    index('products_created_at_idx').on(t.created_at, t.id),
    index('products_updated_at_idx').on(t.updated_at, t.id),
    // Serves `q`: ILIKE '%term%' over name and description.
    index('products_search_trgm_idx').using(
      'gin',
      sql`(${t.name} || ' ' || coalesce(${t.description}, '')) gin_trgm_ops`,
    ),
  ],
);

/** Responses of POST requests sent with an Idempotency-Key, replayed on a retry. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: varchar({ length: 255 }).primaryKey(),
  request_hash: text().notNull(),
  status: smallint().notNull(),
  body: jsonb().notNull(),
  created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
