-- pg_trgm serves the catalog's text search (ILIKE '%term%'); trusted since PostgreSQL 13,
-- so the database owner may create it (also on RDS and in PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
