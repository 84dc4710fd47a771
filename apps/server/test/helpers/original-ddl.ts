/** The originals' tables, exactly as their code created them (issue 11); shared with bench/. */

/** The catalog's `Base.metadata.create_all`: a Float price, nothing enforced. */
export const ORIGINAL_CATALOG_DDL = `
CREATE TABLE products (
  id SERIAL NOT NULL,
  name VARCHAR,
  description VARCHAR,
  price FLOAT,
  categoria VARCHAR,
  email_fornecedor VARCHAR,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT now(),
  PRIMARY KEY (id)
);
CREATE INDEX ix_products_id ON products (id);`;

/** The pipeline's CREATE TABLE IF NOT EXISTS. */
export const ORIGINAL_PIPELINE_DDL = `
CREATE TABLE IF NOT EXISTS bitcoin_precos (
  id SERIAL PRIMARY KEY,
  price NUMERIC(18,2),
  volume_24h NUMERIC(24,2),
  market_cap NUMERIC(24,2),
  last_updated TIMESTAMPTZ,
  inserted_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT unique_last_updated UNIQUE (last_updated)
);`;
