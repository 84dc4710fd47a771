-- The quote currency bitcoin_precos shows until the ETL records ETL_CONVERT: the original's.
INSERT INTO "etl_settings" ("name", "value") VALUES ('convert', 'BRL')
ON CONFLICT ("name") DO NOTHING;
--> statement-breakpoint
-- The original pipeline's table (id, price, volume_24h, market_cap, last_updated unique,
-- inserted_at), now a view: BTC in the currency the ETL collects. Its
-- `ORDER BY last_updated DESC LIMIT 100` is a backward scan of crypto_quotes_series_idx.
CREATE VIEW "bitcoin_precos" AS
SELECT q."id", q."price", q."volume_24h", q."market_cap", q."last_updated", q."inserted_at"
FROM "crypto_quotes" q
WHERE q."symbol" = 'BTC'
  AND q."convert" = coalesce((SELECT s."value" FROM "etl_settings" s WHERE s."name" = 'convert'), 'BRL');
