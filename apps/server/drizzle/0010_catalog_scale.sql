-- Search people can use (issue 16): accent- and case-insensitive, typo-tolerant. unaccent is a
-- trusted extension since PostgreSQL 13 (so the database owner may create it, also on RDS) and is
-- in PGlite's contrib, loaded where the PGlite handle is opened (src/db/client.ts).
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could be edited), so an index cannot use it. This
-- wrapper names its dictionary and is declared IMMUTABLE, the usual way to index unaccented text;
-- a plain SQL body so the planner inlines it and matches the index expression.
CREATE OR REPLACE FUNCTION cais_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
-- The searched text, folded: the same expression as products.repository.ts's searchText.
CREATE INDEX "products_search_fold_trgm_idx" ON "products" USING gin ((cais_fold("name" || ' ' || coalesce("description", ''))) gin_trgm_ops);--> statement-breakpoint
DROP INDEX IF EXISTS "products_search_trgm_idx";--> statement-breakpoint
-- Optional stock-keeping unit: imports upsert by it. Nullable, so the original's rows and client
-- are unaffected; unique where present (NULLs are distinct).
ALTER TABLE "products" ADD COLUMN "sku" varchar(64);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_sku_unique" UNIQUE("sku");--> statement-breakpoint
-- Keys the server signs with (list cursors). Made here, in the database every api task shares, so
-- a cursor one task signs another accepts, and a restart keeps them valid.
CREATE TABLE "signing_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);--> statement-breakpoint
INSERT INTO "signing_keys" ("name", "secret")
  VALUES ('list_cursor', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));--> statement-breakpoint
-- The dashboard's read-only role reads every table by default; not this one.
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'cais_readonly') THEN
    REVOKE ALL ON "signing_keys" FROM cais_readonly;
  END IF;
END
$$;
