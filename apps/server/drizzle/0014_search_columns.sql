-- Search at a million products (issue 16). The folded (unaccented, lower-case) text was an index
-- expression, so every row a search touched ran unaccent again, in the recheck and in the ranking:
-- 2 s for `geladeira frost` on 1,000,000 products. Stored once per write instead, as generated
-- columns (cais_fold is IMMUTABLE), the search reads plain text. Adding them rewrites the table
-- once, here.
ALTER TABLE "products" ADD COLUMN "search_name" text
  GENERATED ALWAYS AS (cais_fold("name")) STORED;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_text" text
  GENERATED ALWAYS AS (cais_fold("name" || ' ' || coalesce("description", ''))) STORED;--> statement-breakpoint
CREATE INDEX "products_search_text_trgm_idx" ON "products" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
DROP INDEX IF EXISTS "products_search_fold_trgm_idx";
