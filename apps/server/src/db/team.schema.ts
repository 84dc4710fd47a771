import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * The team's tables (ARCHITECTURE.md section 4): users, sessions, tokens, sign-in attempts and
 * the product history. Apart from the catalog's so that schema.ts stays readable; schema.ts
 * re-exports them, so importers and drizzle-kit still find every table there.
 */

export const USER_ROLES = ['viewer', 'editor', 'admin'] as const;

/** People who sign in; the password is a scrypt hash, never the password. */
export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    username: varchar({ length: 64 }).notNull().unique(),
    password_hash: text().notNull(),
    role: text().notNull(),
    disabled_at: timestamp({ withTimezone: true }),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('users_role_known', sql`${t.role} in ('viewer', 'editor', 'admin')`)],
);

/**
 * Browser sessions, in the database so that every api task sees the same ones. The id is the
 * SHA-256 of the cookie's secret, so a leaked table does not sign anyone in.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    user_id: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrf_hash: text().notNull(),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    last_seen_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expires_at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.user_id)],
);

/** Personal API tokens: only the SHA-256 of the token is kept; it is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    user_id: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: varchar({ length: 100 }).notNull(),
    token_hash: text().notNull().unique(),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expires_at: timestamp({ withTimezone: true }).notNull(),
    revoked_at: timestamp({ withTimezone: true }),
  },
  (t) => [index('api_tokens_user_idx').on(t.user_id)],
);

/** Failed sign-ins per account and per address, shared by every api task. */
export const signInAttempts = pgTable('sign_in_attempts', {
  key: text().primaryKey(),
  failures: integer().notNull(),
  window_started_at: timestamp({ withTimezone: true }).notNull(),
});

export const HISTORY_ACTIONS = [
  'create',
  'update',
  'delete',
  'restore',
  'revert',
  'purge',
] as const;

/**
 * Every change of a product, appended in the write's transaction. A trigger refuses UPDATE and
 * DELETE, so no code path (nor a mistaken query) can rewrite it. No foreign key: the history of
 * a purged product stays.
 */
export const productHistory = pgTable(
  'product_history',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    product_id: integer().notNull(),
    action: text().notNull(),
    actor: text().notNull(),
    request_id: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    index('product_history_product_idx').on(t.product_id, t.id),
    check(
      'product_history_action_known',
      sql`${t.action} in ('create', 'update', 'delete', 'restore', 'revert', 'purge')`,
    ),
  ],
);
