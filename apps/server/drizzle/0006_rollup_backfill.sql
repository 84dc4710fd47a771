-- Fills quote_rollups from the quotes already loaded (the loader keeps them current from now on):
-- hours from the quotes, then 3 hours and days from the hours. Buckets are aligned to the UTC
-- epoch, as src/prices/rollups.repository.ts computes them.
INSERT INTO "quote_rollups" ("symbol", "convert", "resolution_seconds", "bucket_start", "open", "high",
  "low", "close", "count", "first_at", "last_at")
SELECT q."symbol", q."convert", 3600,
  date_bin(interval '1 hour', q."last_updated", timestamptz '1970-01-01 00:00:00+00'),
  ((array_agg(q."price" ORDER BY q."last_updated"))[1])::float8, max(q."price")::float8,
  min(q."price")::float8, ((array_agg(q."price" ORDER BY q."last_updated" DESC))[1])::float8,
  count(*)::integer, min(q."last_updated"), max(q."last_updated")
FROM "crypto_quotes" q
GROUP BY 1, 2, 4
ON CONFLICT DO NOTHING;
--> statement-breakpoint
INSERT INTO "quote_rollups" ("symbol", "convert", "resolution_seconds", "bucket_start", "open", "high",
  "low", "close", "count", "first_at", "last_at")
SELECT h."symbol", h."convert", r.res,
  date_bin(make_interval(secs => r.res), h."bucket_start", timestamptz '1970-01-01 00:00:00+00'),
  (array_agg(h."open" ORDER BY h."bucket_start"))[1], max(h."high"), min(h."low"),
  (array_agg(h."close" ORDER BY h."bucket_start" DESC))[1], sum(h."count")::integer,
  min(h."first_at"), max(h."last_at")
FROM "quote_rollups" h CROSS JOIN (VALUES (10800), (86400)) AS r(res)
WHERE h."resolution_seconds" = 3600
GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;
